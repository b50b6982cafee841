package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.plugin.PluginId;
import java.util.List;
import java.util.Optional;

/**
 * The plugins that ship inside Plugbay (HOST.md "Remote marketplace", the seed): their marketplace
 * entries and their archives, read with no network.
 */
public interface BundledPlugins {

    /** The seed entries in the order the marketplace lists them; each is bundled and has its archive's SHA-256. */
    List<MarketplaceEntry> entries();

    /** A copy of the archive of the bundled plugin of this name; empty when none is bundled. */
    Optional<byte[]> archive(PluginId name);
}
