package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.HostSettings;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Host settings held in memory. */
public final class InMemoryHostSettings implements HostSettings {

    private final AtomicReference<Optional<String>> marketplaceUrl = new AtomicReference<>(Optional.empty());

    @Override
    public Optional<String> pluginMarketplaceUrl() {
        return marketplaceUrl.get();
    }

    @Override
    public void savePluginMarketplaceUrl(Optional<String> url) {
        marketplaceUrl.set(url);
    }
}
