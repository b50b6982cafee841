package dev.plugbay.contracts.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.contracts.persistence.PersistenceContract;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract of {@code ReleaseLedger}. */
public abstract class ReleaseLedgerContract extends PersistenceContract {

    private static final PluginId CLOCK = new PluginId("clock");

    @Test
    void recordedVersionsAreRemembered() {
        ports.ledger().record(CLOCK, SemanticVersion.parse("1.0.0"));
        ports.ledger().record(CLOCK, SemanticVersion.parse("1.1.0-beta.1"));
        ports.ledger().record(new PluginId("other"), SemanticVersion.parse("9.0.0"));

        assertEquals(Set.of(SemanticVersion.parse("1.0.0"), SemanticVersion.parse("1.1.0-beta.1")),
                ports.ledger().everPublished(CLOCK));
    }

    @Test
    void aVersionCannotBeRecordedTwiceNotEvenWithOtherBuildMetadata() {
        ports.ledger().record(CLOCK, SemanticVersion.parse("1.0.0+build.1"));

        assertCode(ErrorCode.VERSION_CONFLICT, () -> ports.ledger().record(CLOCK, SemanticVersion.parse("1.0.0")));
        assertCode(ErrorCode.VERSION_CONFLICT, () -> ports.ledger().record(CLOCK, SemanticVersion.parse("1.0.0+build.2")));
    }

    @Test
    void entriesOutliveTheirPlugin() {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));
        ports.ledger().record(CLOCK, SemanticVersion.parse("1.0.0"));

        ports.catalogWrites().delete(CLOCK);

        assertEquals(Set.of(SemanticVersion.parse("1.0.0")), ports.ledger().everPublished(CLOCK));
    }

    @Test
    void parallelRecordsOfOneVersionHaveExactlyOneWinner() throws Exception {
        int winners = succeededInParallel(20, i -> {
            try {
                ports.ledger().record(CLOCK, SemanticVersion.parse("2.0.0"));
                return true;
            } catch (DomainException e) {
                assertEquals(ErrorCode.VERSION_CONFLICT, e.code());
                return false;
            }
        });

        assertEquals(1, winners);
    }
}
