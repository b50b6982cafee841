package dev.plugbay.adapters.persistence.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database for one test class: a named H2 in-memory database in PostgreSQL mode, or a new
 * PostgreSQL database on 127.0.0.1:5432 (user postgres) that is dropped afterwards. When no
 * PostgreSQL answers, PostgreSQL tests are skipped, unless PLUGBAY_REQUIRE_POSTGRES=1 makes
 * that a failure.
 */
public interface TestDatabase {

    String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000";
    String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    /** The datasource properties that point the adapter at this database. */
    Map<String, Object> properties();

    /** Removes the database, if it outlives its connections. */
    void drop();

    static TestDatabase h2InMemory() {
        String url = "jdbc:h2:mem:plugbay-" + UUID.randomUUID() + H2_MODE + ";DB_CLOSE_DELAY=-1";
        return of(datasource(url, "sa", ""), () -> {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException failure) {
                throw new IllegalStateException(failure);
            }
        });
    }

    /**
     * An H2 file database under {@code home}, as the service keeps it under {@code plugbay.home}
     * (with its page cache, bootstrap's {@code application.yml}).
     */
    static TestDatabase h2File(Path home) {
        String url = "jdbc:h2:file:" + home.resolve("db/plugbay") + H2_MODE + ";CACHE_SIZE=65536";
        return of(datasource(url, "sa", ""), () -> {
            // The files go with the test's temporary directory.
        });
    }

    /** A new, empty PostgreSQL database, or a skipped (or, when required, failed) test class. */
    static TestDatabase postgres() {
        return postgres("plugbay_test_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /**
     * The PostgreSQL database {@code name}, created unless it exists (a benchmark keeps its seeded
     * database between runs), or a skipped (or, when required, failed) test class.
     */
    static TestDatabase postgres(String name) {
        requirePostgresOrSkip();
        try (Connection connection = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    administer("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot look for the PostgreSQL database " + name, failure);
        }
        return of(datasource(POSTGRES_SERVER + name, "postgres", ""),
                () -> administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static TestDatabase of(Map<String, Object> properties, Runnable drop) {
        return new TestDatabase() {
            @Override
            public Map<String, Object> properties() {
                return properties;
            }

            @Override
            public void drop() {
                drop.run();
            }
        };
    }

    static Map<String, Object> datasource(String url, String username, String password) {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", username,
                "datasources.default.password", password,
                "flyway.datasources.default.enabled", true);
    }

    private static void requirePostgresOrSkip() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "")) {
            return;
        } catch (SQLException unreachable) {
            String reason = "PostgreSQL is not answering at 127.0.0.1:5432 (user postgres): " + unreachable.getMessage();
            if ("1".equals(System.getenv("PLUGBAY_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(reason + " and PLUGBAY_REQUIRE_POSTGRES=1 requires it", unreachable);
            }
            Assumptions.abort(reason + "; PostgreSQL tests skipped (set PLUGBAY_REQUIRE_POSTGRES=1 to fail instead)");
        }
    }

    private static void administer(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot run '" + sql + "' on PostgreSQL", failure);
        }
    }
}
