package dev.plugbay.application.port.in.marketplace;

import java.util.Objects;
import java.util.Optional;

/** The host's settings as {@code GET /api/settings} answers them (HOST.md "Settings"). */
public record HostSettingsView(Optional<String> pluginMarketplaceUrl) {

    public HostSettingsView {
        Objects.requireNonNull(pluginMarketplaceUrl, "pluginMarketplaceUrl");
    }
}
