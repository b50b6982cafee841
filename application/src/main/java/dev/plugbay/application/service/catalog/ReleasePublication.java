package dev.plugbay.application.service.catalog;

import dev.plugbay.application.port.out.catalog.CatalogWrites;
import dev.plugbay.application.port.out.catalog.ReleaseLedger;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.manifest.Manifest;
import java.time.Clock;

/**
 * The one publication step every way into the catalog takes (authoring, the registry sync, the
 * example catalog): the ledger's versions checked (a version once published is never published
 * again, even after a deletion), the plugin created or given the release, stored, and the version
 * recorded in the ledger. It runs in the caller's transaction.
 */
public final class ReleasePublication {

    private final CatalogWrites catalog;
    private final ReleaseLedger ledger;
    private final Clock clock;

    public ReleasePublication(CatalogWrites catalog, ReleaseLedger ledger, Clock clock) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A new plugin whose first release is {@code manifest}. */
    public Plugin create(Manifest manifest, boolean official, long initialDownloads) {
        Plugin plugin = Plugin.create(manifest, official, initialDownloads, ledger.everPublished(manifest.id()), clock);
        catalog.insert(plugin);
        ledger.record(plugin.id(), manifest.version());
        return plugin;
    }

    /** {@code manifest} as the next release of {@code plugin}, which must be as last read. */
    public Plugin publish(Plugin plugin, Manifest manifest) {
        Plugin next = plugin.publish(manifest, ledger.everPublished(plugin.id()), clock);
        catalog.update(next);
        ledger.record(next.id(), manifest.version());
        return next;
    }
}
