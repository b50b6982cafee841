package dev.plugbay.adapters.persistence.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the revision is counted in memory: only for an H2 database embedded in this JVM, which no
 * other process can change; every application context on it shares the count.
 */
class JdbcCatalogRevisionTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:/var/plugbay/db/plugbay;MODE=PostgreSQL", "jdbc:h2:mem:plugbay;DB_CLOSE_DELAY=-1",
            "jdbc:h2:~/plugbay", "jdbc:h2:./db/plugbay;AUTO_SERVER=FALSE"})
    void anH2DatabaseEmbeddedInThisJvmIsCountedInMemory(String url) {
        assertTrue(JdbcCatalogRevision.isEmbeddedH2(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:tcp://db.example:9092/plugbay", "jdbc:h2:ssl://db.example/plugbay",
            "jdbc:h2:file:/var/plugbay/db/plugbay;AUTO_SERVER=TRUE", "jdbc:h2:file:/db;auto_server = true",
            "jdbc:postgresql://127.0.0.1:5432/plugbay"})
    void aDatabaseAnotherProcessCanChangeIsAskedEveryTime(String url) {
        assertFalse(JdbcCatalogRevision.isEmbeddedH2(url));
    }

    @Test
    void twoContextsOnOneEmbeddedDatabaseShareTheCountInMemory() {
        TestDatabase database = TestDatabase.h2InMemory();
        try (ApplicationContext first = ApplicationContext.run(database.properties());
                ApplicationContext second = ApplicationContext.run(database.properties())) {
            JdbcCatalogRevision written = first.getBean(JdbcCatalogRevision.class);
            JdbcCatalogRevision read = second.getBean(JdbcCatalogRevision.class);
            long before = read.current();

            first.getBean(Transactions.class).write(() -> {
                written.changed();
                return null;
            });

            assertEquals(before + 1, read.current());
            assertEquals(read.current(), read.currentInMemory().orElseThrow());
        } finally {
            database.drop();
        }
    }

    @Test
    void postgresIsAskedEveryTime() {
        TestDatabase database = TestDatabase.postgres();
        try (ApplicationContext context = ApplicationContext.run(database.properties())) {
            JdbcCatalogRevision revision = context.getBean(JdbcCatalogRevision.class);
            revision.current();

            assertTrue(revision.currentInMemory().isEmpty());
        } finally {
            database.drop();
        }
    }
}
