package dev.plugbay.adapters.persistence.schema;

import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import io.micronaut.context.ApplicationContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;

/**
 * A migration's backfill checked against what the adapter writes as plugins change: each test
 * writes alice's plugins through the adapter on its own database, takes the schema back to before
 * the migration, and starts again. The database is dropped after each test.
 */
abstract class MigrationBackfillTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);

    final TestDatabase database = database();

    abstract TestDatabase database();

    @AfterEach
    void drop() {
        database.drop();
    }

    /** Runs SQL on the context's database, in one transaction. */
    static void execute(ApplicationContext context, SqlStatements statements) {
        context.getBean(Transactions.class).withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statements.run(statement);
            }
            return null;
        });
    }

    /** Each row of the query's result by its first column, in key order: the value is read from the rest of the row. */
    static <V> Map<String, V> rowsByKey(ApplicationContext context, String sql, RowValue<V> value) {
        return context.getBean(Transactions.class).withConnection(connection -> {
            Map<String, V> rows = new TreeMap<>();
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    rows.put(result.getString(1), value.read(result));
                }
            }
            return rows;
        });
    }

    static Plugin plugin(JsonObject document) {
        return Plugin.create(manifest(document), false, 0, Set.of(), CLOCK);
    }

    /** The document as alice publishes it. */
    static Manifest manifest(JsonObject document) {
        return Manifests.reader().read(document.with("author", new JsonString("alice")), ManifestOrigin.document())
                .manifest();
    }

    /** What a row of a result says besides its key. */
    interface RowValue<V> {
        V read(ResultSet row) throws SQLException;
    }

    /** Statements run on one statement object. */
    interface SqlStatements {
        void run(Statement statement) throws SQLException;
    }
}
