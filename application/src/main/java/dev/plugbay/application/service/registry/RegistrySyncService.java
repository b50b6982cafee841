package dev.plugbay.application.service.registry;

import dev.plugbay.application.port.in.registry.SyncRegistryUseCase;
import dev.plugbay.application.port.in.registry.SyncReport;
import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.application.port.out.catalog.CatalogWrites;
import dev.plugbay.application.port.out.catalog.ReleaseLedger;
import dev.plugbay.application.port.out.registry.RegistryEntry;
import dev.plugbay.application.port.out.registry.RegistryReader;
import dev.plugbay.application.port.out.transaction.UnitOfWork;
import dev.plugbay.application.service.catalog.ReleasePublication;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.RegistryIndex;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mirrors the registry into the catalog. Each entry is validated as a manifest and applied in its
 * own transaction (a new official plugin, or a new release when its version is newer); entries
 * that fail are skipped with the reason, never half-imported. Official plugins that left the
 * index stop being official.
 */
public final class RegistrySyncService implements SyncRegistryUseCase {

    private final RegistryReader registry;
    private final CatalogReads catalogReads;
    private final CatalogWrites catalogWrites;
    private final ReleasePublication publication;
    private final UnitOfWork unitOfWork;
    private final ManifestReader manifestReader;
    private final ReentrantLock oneSyncAtATime = new ReentrantLock();

    public RegistrySyncService(RegistryReader registry, CatalogReads catalogReads, CatalogWrites catalogWrites,
            ReleaseLedger ledger, UnitOfWork unitOfWork, ManifestReader manifestReader, Clock clock) {
        this.registry = registry;
        this.catalogReads = catalogReads;
        this.catalogWrites = catalogWrites;
        this.publication = new ReleasePublication(catalogWrites, ledger, clock);
        this.unitOfWork = unitOfWork;
        this.manifestReader = manifestReader;
    }

    @Override
    public SyncReport sync() {
        if (!registry.isConfigured()) {
            throw new InvalidRequestException("No registry is configured (set plugbay.registry.repository or plugbay.registry.directory)");
        }
        oneSyncAtATime.lock();
        try {
            return mirror(registry.readAll());
        } finally {
            oneSyncAtATime.unlock();
        }
    }

    private SyncReport mirror(List<RegistryEntry> entries) {
        int added = 0;
        int updated = 0;
        List<SyncReport.Skipped> skipped = new ArrayList<>();
        Set<PluginId> listed = new HashSet<>();
        for (RegistryEntry entry : entries) {
            try {
                Outcome outcome = unitOfWork.transactionally(() -> apply(entry));
                listed.add(outcome.id());
                added += outcome.added() ? 1 : 0;
                updated += outcome.updated() ? 1 : 0;
            } catch (DomainException refused) {
                skipped.add(new SyncReport.Skipped(entry.id(), refused.getMessage()));
            }
        }
        int removed = 0;
        for (Plugin official : catalogReads.findOfficial()) {
            if (!listed.contains(official.id())) {
                unitOfWork.transactionally(() -> {
                    catalogWrites.update(official.withOfficial(false));
                    return null;
                });
                removed++;
            }
        }
        return new SyncReport(added, updated, removed, skipped);
    }

    private Outcome apply(RegistryEntry entry) {
        JsonObject document = entry.document().orElseThrow(() -> new InvalidRequestException(entry.failure().orElseThrow()));
        Manifest manifest = manifestReader.read(RegistryIndex.withIndexDefaults(document, entry.indexEntry()),
                ManifestOrigin.document()).manifest();
        if (!manifest.id().value().equals(entry.id())) {
            throw new InvalidRequestException("The plugin file's id " + manifest.id()
                    + " does not match its index entry " + entry.id());
        }
        Optional<Plugin> existing = catalogReads.find(manifest.id());
        if (existing.isEmpty()) {
            Plugin plugin = publication.create(manifest, true, RegistryIndex.downloads(entry.indexEntry()));
            return new Outcome(plugin.id(), true, false);
        }
        Plugin plugin = existing.get();
        if (!plugin.isAuthoredBy(manifest.author())) {
            throw new InvalidRequestException("The id " + plugin.id() + " belongs to a plugin by another author");
        }
        if (manifest.version().compareTo(plugin.highestRelease().version()) > 0) {
            publication.publish(plugin.withOfficial(true), manifest);
            return new Outcome(plugin.id(), false, true);
        }
        if (!plugin.isOfficial()) {
            catalogWrites.update(plugin.withOfficial(true));
            return new Outcome(plugin.id(), false, true);
        }
        return new Outcome(plugin.id(), false, false);
    }

    private record Outcome(PluginId id, boolean added, boolean updated) {
    }
}
