package dev.plugbay.adapters.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.database.DatabaseKind.Product;
import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which database a data source leads to, and whether only this JVM can change it. */
class DatabaseKindTest {

    @Test
    void anH2DataSourceIsH2() throws SQLException {
        TestDatabase h2 = TestDatabase.h2InMemory();
        try (ApplicationContext context = ApplicationContext.run(h2.properties())) {
            DatabaseKind database = context.getBean(Transactions.class).database();

            assertTrue(database.isH2());
            assertFalse(database.isPostgres());
            assertTrue(database.isEmbeddedInThisJvm());
            assertEquals(h2.properties().get("datasources.default.url"), database.configuredUrl());
        } finally {
            h2.drop();
        }
    }

    @Test
    void aPostgresDataSourceIsPostgres() {
        TestDatabase postgres = TestDatabase.postgres();
        try (ApplicationContext context = ApplicationContext.run(postgres.properties())) {
            DatabaseKind database = context.getBean(Transactions.class).database();

            assertTrue(database.isPostgres());
            assertFalse(database.isH2());
            assertFalse(database.isEmbeddedInThisJvm());
        } finally {
            postgres.drop();
        }
    }

    /**
     * H2 reports its URL without its settings, so the pool's configured URL is what tells that
     * other processes may open the file ({@code AUTO_SERVER=TRUE}).
     */
    @Test
    void anH2FileOtherProcessesMayOpenIsNotEmbeddedInThisJvm(@TempDir Path home) {
        String url = "jdbc:h2:file:" + home.resolve("db/plugbay") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE";
        Map<String, Object> properties = new HashMap<>(TestDatabase.h2File(home).properties());
        properties.put("datasources.default.url", url);
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            DatabaseKind database = context.getBean(Transactions.class).database();

            assertTrue(database.isH2());
            assertFalse(database.url().contains("AUTO_SERVER"), "what the driver reports: " + database.url());
            assertFalse(database.isEmbeddedInThisJvm());
        }
    }

    @Test
    void anyOtherDatabaseIsRefused() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> DatabaseKind.productNamed("MySQL"));

        assertEquals("Plugbay runs on H2 or PostgreSQL, not on MySQL", refusal.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:/var/plugbay/db/plugbay;MODE=PostgreSQL", "jdbc:h2:mem:plugbay;DB_CLOSE_DELAY=-1",
            "jdbc:h2:~/plugbay", "jdbc:h2:./db/plugbay;AUTO_SERVER=FALSE"})
    void anH2DatabaseOnlyThisJvmCanOpenIsEmbeddedInIt(String url) {
        assertTrue(new DatabaseKind(Product.H2, url, url).isEmbeddedInThisJvm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:tcp://db.example:9092/plugbay", "jdbc:h2:ssl://db.example/plugbay",
            "jdbc:h2:file:/var/plugbay/db/plugbay;AUTO_SERVER=TRUE", "jdbc:h2:file:/db;auto_server = true"})
    void anH2DatabaseAnotherProcessCanOpenIsNotEmbeddedInThisJvm(String url) {
        assertFalse(new DatabaseKind(Product.H2, url, url).isEmbeddedInThisJvm());
    }

    @Test
    void postgresIsNeverEmbeddedInThisJvm() {
        assertFalse(new DatabaseKind(Product.POSTGRESQL, "jdbc:postgresql://127.0.0.1:5432/plugbay", "jdbc:postgresql://127.0.0.1:5432/plugbay").isEmbeddedInThisJvm());
    }
}
