package dev.plugbay.contracts.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.persistence.PersistenceContract;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Username;
import dev.plugbay.contracts.persistence.PersistencePorts;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code CatalogRevision}: it stays put while nothing changes, and every committed
 * change to what a browse returns (plugins, download counts, installations) moves it past every
 * revision read before.
 */
public abstract class CatalogRevisionContract extends PersistenceContract {

    private Plugin clock;

    @BeforeEach
    void catalogWithOnePlugin() {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "author"));
        clock = stored("clock");
    }

    @Test
    void readsWithoutChangesGiveTheSameRevision() {
        long before = ports.catalogRevision().current();
        ports.catalogReads().search(new CatalogQuery(new Username("alice"), Optional.empty(), Optional.empty(),
                Optional.empty(), CatalogSort.NAME, 1, 10));
        ports.installations().listByOwner(new Username("alice"));

        assertEquals(before, ports.catalogRevision().current());
    }

    @Test
    void everyCatalogChangeAdvancesIt() {
        assertAdvances(ports -> ports.catalogWrites().insert(newPlugin("weather", "1.0.0", "author")));
        assertAdvances(ports -> ports.catalogWrites().update(stored("clock").withOfficial(true)));
        assertAdvances(ports -> ports.downloads().increment(clock.id()));
        assertAdvances(ports -> ports.catalogWrites().delete(new PluginId("weather")));
    }

    @Test
    void everyInstallationChangeAdvancesIt() {
        Installation installed = installation("alice", clock);
        assertAdvances(ports -> ports.installations().insert(installed));
        assertAdvances(ports -> ports.installations().update(installed.activate(CLOCK)));
        assertAdvances(ports -> ports.installations().delete(new Username("alice"), clock.id()));
        ports.installations().insert(installed);
        assertAdvances(ports -> ports.installations().deleteAllOf(clock.id()));
    }

    @Test
    void theRevisionInMemoryIsTheCurrentOneWhenThereIsOne() {
        long before = ports.catalogRevision().current();
        ports.downloads().increment(clock.id());
        long after = ports.catalogRevision().current();

        ports.catalogRevision().currentInMemory().ifPresent(inMemory -> assertEquals(after, inMemory));
        assertTrue(after > before);
    }

    @Test
    void aChangeInsideAUnitOfWorkIsPastTheRevisionReadBeforeItOnceItCommits() {
        long before = ports.catalogRevision().current();

        ports.unitOfWork().transactionally(() -> {
            ports.downloads().increment(clock.id());
            ports.installations().insert(installation("bob", clock));
            return null;
        });

        assertTrue(ports.catalogRevision().current() > before);
    }

    @Test
    void aRolledBackUnitOfWorkNeverMovesItBack() {
        long before = ports.catalogRevision().current();

        assertThrows(IllegalStateException.class, () -> ports.unitOfWork().transactionally(() -> {
            ports.downloads().increment(clock.id());
            throw new IllegalStateException("rolled back");
        }));

        assertTrue(ports.catalogRevision().current() >= before);
        assertEquals(0, stored("clock").downloadCount());
    }

    @Test
    void parallelChangesEachLeaveItPastWhatWasReadBefore() throws Exception {
        long before = ports.catalogRevision().current();

        int advanced = succeededInParallel(50, i -> {
            long seen = ports.catalogRevision().current();
            ports.downloads().increment(clock.id());
            return ports.catalogRevision().current() > seen;
        });

        assertEquals(50, advanced);
        assertTrue(ports.catalogRevision().current() > before);
        assertEquals(50, stored("clock").downloadCount());
    }

    private void assertAdvances(Consumer<PersistencePorts> change) {
        long before = ports.catalogRevision().current();
        change.accept(ports);
        long after = ports.catalogRevision().current();
        assertTrue(after > before, "the revision " + before + " did not advance: " + after);
    }
}
