package dev.plugbay.adapters.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.database.DatabaseKind.Product;
import dev.plugbay.adapters.persistence.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which database a connection leads to, and whether only this JVM can change it. */
class DatabaseKindTest {

    @Test
    void anH2ConnectionIsH2() throws SQLException {
        String url = "jdbc:h2:mem:kind";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            DatabaseKind database = DatabaseKind.of(connection);

            assertEquals(new DatabaseKind(Product.H2, url), database);
            assertTrue(database.isH2());
            assertFalse(database.isPostgres());
            assertTrue(database.isEmbeddedInThisJvm());
        }
    }

    @Test
    void aPostgresConnectionIsPostgres() throws SQLException {
        TestDatabase postgres = TestDatabase.postgres();
        Map<String, Object> properties = postgres.properties();
        try (Connection connection = DriverManager.getConnection((String) properties.get("datasources.default.url"),
                (String) properties.get("datasources.default.username"), (String) properties.get("datasources.default.password"))) {
            DatabaseKind database = DatabaseKind.of(connection);

            assertTrue(database.isPostgres());
            assertFalse(database.isH2());
            assertFalse(database.isEmbeddedInThisJvm());
        } finally {
            postgres.drop();
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
        assertTrue(new DatabaseKind(Product.H2, url).isEmbeddedInThisJvm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:tcp://db.example:9092/plugbay", "jdbc:h2:ssl://db.example/plugbay",
            "jdbc:h2:file:/var/plugbay/db/plugbay;AUTO_SERVER=TRUE", "jdbc:h2:file:/db;auto_server = true"})
    void anH2DatabaseAnotherProcessCanOpenIsNotEmbeddedInThisJvm(String url) {
        assertFalse(new DatabaseKind(Product.H2, url).isEmbeddedInThisJvm());
    }

    @Test
    void postgresIsNeverEmbeddedInThisJvm() {
        assertFalse(new DatabaseKind(Product.POSTGRESQL, "jdbc:postgresql://127.0.0.1:5432/plugbay").isEmbeddedInThisJvm());
    }
}
