package dev.plugbay.application.service.marketplace;

import dev.plugbay.application.port.in.marketplace.HostSettingsView;
import dev.plugbay.application.port.in.marketplace.ReadHostSettingsUseCase;
import dev.plugbay.application.port.in.marketplace.UpdateHostSettingsUseCase;
import dev.plugbay.application.port.out.host.HostSettings;
import dev.plugbay.application.port.out.host.RemoteMarketplace;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The host's settings (HOST.md "Settings"): the registry URL, checked against the outbound guard's
 * static rules before it is saved; saving it drops the marketplace's kept registry outcome.
 */
public final class HostSettingsService implements ReadHostSettingsUseCase, UpdateHostSettingsUseCase {

    static final String MARKETPLACE_URL = "pluginMarketplaceUrl";

    private final HostSettings settings;
    private final RemoteMarketplace remote;
    private final MarketplaceRegistry registry;

    public HostSettingsService(HostSettings settings, RemoteMarketplace remote, MarketplaceRegistry registry) {
        this.settings = settings;
        this.remote = remote;
        this.registry = registry;
    }

    @Override
    public HostSettingsView settings() {
        return new HostSettingsView(settings.pluginMarketplaceUrl());
    }

    @Override
    public HostSettingsView update(JsonObject patch) {
        TreeSet<String> unknown = new TreeSet<>(patch.members().keySet());
        unknown.remove(MARKETPLACE_URL);
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("Unknown setting: " + String.join(", ", unknown));
        }
        Optional<JsonValue> given = patch.get(MARKETPLACE_URL);
        if (given.isPresent()) {
            settings.savePluginMarketplaceUrl(marketplaceUrl(given.get()));
            registry.forget();
        }
        return settings();
    }

    /** The URL to save, trimmed; empty for {@code null} and {@code ""}, which clear it. */
    private Optional<String> marketplaceUrl(JsonValue value) {
        if (value == JsonNull.INSTANCE) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidRequestException(MARKETPLACE_URL + ": must be a string or null, not " + value.typeName());
        }
        String url = text.value().strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new InvalidRequestException(MARKETPLACE_URL + ": must be at most " + MAX_URL_LENGTH + " characters");
        }
        remote.requireAllowed(url);
        return Optional.of(url);
    }
}
