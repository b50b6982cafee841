package dev.plugbay.adapters.persistence.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

/**
 * Where the revision is counted in memory: only for an H2 database embedded in this JVM, which no
 * other process can change (which URLs those are: {@code DatabaseKindTest}); every application
 * context on it shares the count.
 */
class JdbcCatalogRevisionTest {

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
