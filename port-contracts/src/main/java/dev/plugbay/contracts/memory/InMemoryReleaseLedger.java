package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.catalog.ReleaseLedger;
import dev.plugbay.domain.error.VersionConflictException;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.Set;
import java.util.stream.Collectors;

/** The ledger of published versions as a set of (plugin, version without build) pairs. */
public final class InMemoryReleaseLedger implements ReleaseLedger {

    private final TransactionalState<Entry, Boolean> entries;

    InMemoryReleaseLedger(TransactionalState<Entry, Boolean> entries) {
        this.entries = entries;
    }

    @Override
    public Set<SemanticVersion> everPublished(PluginId id) {
        return entries.rows().keySet().stream()
                .filter(entry -> entry.pluginId().equals(id))
                .map(Entry::version)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void record(PluginId id, SemanticVersion version) {
        if (entries.rows().putIfAbsent(new Entry(id, version.withoutBuild()), Boolean.TRUE) != null) {
            throw new VersionConflictException("Version " + version + " of " + id + " was already published");
        }
    }

    record Entry(PluginId pluginId, SemanticVersion version) {
    }
}
