package dev.plugbay.contracts.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.contracts.persistence.PersistenceContract;
import dev.plugbay.domain.plugin.PluginId;
import org.junit.jupiter.api.Test;

/** The contract of {@code DownloadCounter}. */
public abstract class DownloadCounterContract extends PersistenceContract {

    @Test
    void parallelIncrementsAreAllCounted() throws Exception {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));

        succeededInParallel(200, i -> {
            ports.downloads().increment(new PluginId("clock"));
            return true;
        });

        assertEquals(200, stored("clock").downloadCount());
    }

    @Test
    void incrementingAMissingPluginChangesNothing() {
        ports.downloads().increment(new PluginId("nope"));

        assertEquals(0, ports.catalogReads().findOfficial().size());
    }
}
