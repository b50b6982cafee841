package dev.plugbay.adapters.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.adapters.persistence.catalog.JdbcCatalog;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.testing.JsonText;
import io.micronaut.context.ApplicationContext;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Migration V9 finds which stored plugins list a release with a ui exactly as the adapter records
 * it as they change: the flags it computes from the stored manifests equal those written through
 * inserts and new releases, on the plugin rows and on every search word's copy.
 */
abstract class ListedUiBackfillTest extends MigrationBackfillTest {

    @Test
    void theMigrationFlagsUiPluginsAsTheAdapterDoes() {
        Map<String, String> written;
        try (ApplicationContext context = ApplicationContext.run(database.properties())) {
            JdbcCatalog catalog = context.getBean(JdbcCatalog.class);
            catalog.insert(plugin(Manifests.uiPlugin("card", "1.0.0")));
            catalog.insert(plugin(JsonText.object("{\"id\": \"hooks\", \"version\": \"1.0.0\", \"main\": \"index.js\", \"hooks\": {\"onRequest\": true}}")));
            catalog.insert(plugin(JsonText.object("{\"id\": \"slotted\", \"version\": \"1.0.0\", \"slot\": \"dashboard_top\", \"main\": \"index.js\","
                    + " \"description\": \"Says \\\"slot\\\":\\\"dashboard_top\\\",\\\"ui\\\":{} in words\"}")));
            catalog.insert(plugin(Manifests.uiPlugin("turned", "1.0.0")));
            catalog.update(catalog.find(new PluginId("turned")).orElseThrow().publish(manifest(JsonText.object(
                    "{\"id\": \"turned\", \"version\": \"2.0.0+build.5\", \"main\": \"index.js\"}")), Set.of(), CLOCK));
            catalog.insert(plugin(JsonText.object("{\"id\": \"grown\", \"version\": \"1.0.0\", \"main\": \"index.js\"}")));
            catalog.update(catalog.find(new PluginId("grown")).orElseThrow().publish(manifest(
                    Manifests.uiPlugin("grown", "1.1.0+7")), Set.of(), CLOCK));
            written = flags(context);
            execute(context, statement -> {
                undoMigrationsFromV9(statement);
                statement.execute("DELETE FROM flyway_schema_history WHERE installed_rank >="
                        + " (SELECT installed_rank FROM flyway_schema_history WHERE version = '9')");
            });
        }

        try (ApplicationContext migratedAgain = ApplicationContext.run(database.properties())) {
            assertEquals(written, flags(migratedAgain));
        }
        assertEquals(Map.of("card", "true", "grown", "true", "hooks", "false", "slotted", "false", "turned", "false"),
                written);
    }

    /**
     * Back to the schema before V9: V12's sort indexes on plugin as V1 made them (they hold
     * {@code listed_ui}), V11 undone, what V10 created and V9's columns dropped, so that the next
     * start runs V9 and the later migrations again (the flyway history rows are the caller's).
     */
    static void undoMigrationsFromV9(Statement statement) throws SQLException {
        undoMigrationV12(statement);
        HostRowsAdoptionTest.undoMigrationV11(statement);
        statement.execute("DROP TABLE plugin_execution");
        statement.execute("DROP TABLE plugin_hook_metrics");
        statement.execute("ALTER TABLE search_term DROP COLUMN listed_ui");
        statement.execute("ALTER TABLE plugin DROP COLUMN listed_ui");
    }

    /** Back to the schema before V12: the sort indexes on plugin as V1 made them. */
    static void undoMigrationV12(Statement statement) throws SQLException {
        statement.execute("DROP INDEX plugin_by_downloads");
        statement.execute("DROP INDEX plugin_by_name");
        statement.execute("DROP INDEX plugin_by_updated");
        statement.execute("CREATE INDEX plugin_by_downloads ON plugin (download_count DESC, id)");
        statement.execute("CREATE INDEX plugin_by_name ON plugin (name_key, id)");
        statement.execute("CREATE INDEX plugin_by_updated ON plugin (updated_at DESC, id)");
    }

    /** Each plugin's flag, and the distinct flags its search words carry when they differ from it. */
    private static Map<String, String> flags(ApplicationContext context) {
        return rowsByKey(context, "SELECT p.id, p.listed_ui, (SELECT COUNT(*) FROM search_term s WHERE s.plugin_id = p.id"
                + " AND s.listed_ui <> p.listed_ui) FROM plugin p",
                row -> row.getBoolean(2) + (row.getLong(3) == 0 ? "" : " but not its words"));
    }
}
