package dev.plugbay.adapters.persistence.ledger;

import dev.plugbay.adapters.persistence.transaction.SqlFailures;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.application.port.out.catalog.ReleaseLedger;
import dev.plugbay.domain.error.VersionConflictException;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;

/** Every version ever published, keyed without build metadata: the primary key refuses a second one. */
@Singleton
public class JdbcReleaseLedger implements ReleaseLedger {

    private final LedgerRepository entries;
    private final Transactions transactions;

    JdbcReleaseLedger(LedgerRepository entries, Transactions transactions) {
        this.entries = entries;
        this.transactions = transactions;
    }

    @Override
    public Set<SemanticVersion> everPublished(PluginId id) {
        return entries.findByKeyPluginId(id.value()).stream()
                .map(entry -> SemanticVersion.parse(entry.key().version()))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void record(PluginId id, SemanticVersion version) {
        try {
            transactions.write(() -> entries.save(new LedgerEntryRow(new LedgerKey(id.value(), version.withoutBuild().toString()))));
        } catch (DataAccessException failure) {
            if (SqlFailures.isUniqueViolation(failure)) {
                throw new VersionConflictException("Version " + version + " of " + id + " was already published");
            }
            throw failure;
        }
    }
}
