package dev.plugbay.application.port.out.host;

import java.util.Optional;

/**
 * The host's settings kept in the database across restarts (HOST.md "Settings"): the URL of the
 * remote marketplace registry. Values arrive already validated; this port only stores them.
 */
public interface HostSettings {

    /** The saved registry URL; empty when none is saved, and the marketplace shows the built-in seed. */
    Optional<String> pluginMarketplaceUrl();

    /** Saves the registry URL, replacing the one saved before; empty clears it. */
    void savePluginMarketplaceUrl(Optional<String> url);
}
