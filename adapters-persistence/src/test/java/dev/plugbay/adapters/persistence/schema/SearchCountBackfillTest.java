package dev.plugbay.adapters.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.adapters.persistence.catalog.JdbcCatalog;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.plugin.PluginId;
import io.micronaut.context.ApplicationContext;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Migration V5 counts the plugins indexed before it exactly as the adapter counts them as they
 * change: the counters the migration computes from {@code search_term} and {@code plugin_tag}
 * equal those maintained through inserts, new releases, visibility changes and a deletion.
 */
abstract class SearchCountBackfillTest extends MigrationBackfillTest {

    @Test
    void theMigrationCountsWhatTheAdapterMaintains() {
        Map<String, Long> maintained;
        try (ApplicationContext context = ApplicationContext.run(database.properties())) {
            JdbcCatalog catalog = context.getBean(JdbcCatalog.class);
            catalog.insert(plugin("clock", "1.0.0", "Clock Calendar", "Chimes for the météo", "dashboard_top", true, "time"));
            catalog.insert(plugin("calm", "1.0.0", "Calm", "Quiet 日本 hours", "left_sidebar", true, "tools", "time"));
            catalog.insert(plugin("diary", "1.0.0", "Diary", "Private notes", "left_sidebar", false, "notes"));
            catalog.insert(plugin("camera", "1.0.0", "Camera", "Photos", "dashboard_top", true, "media"));
            catalog.update(catalog.find(new PluginId("camera")).orElseThrow().publish(
                    manifest("camera", "2.0.0", "Camera", "Photos", "dashboard_top", false, "media"), Set.of(), CLOCK));
            catalog.insert(plugin("weather", "1.0.0", "Weather", "Rain", "dashboard_top", true, "time"));
            catalog.update(catalog.find(new PluginId("weather")).orElseThrow().publish(
                    manifest("weather", "1.1.0", "Weather Watch", "Rain and calm", "left_sidebar", true, "tools"),
                    Set.of(), CLOCK));
            catalog.insert(plugin("gone", "1.0.0", "Gone clock", "Deleted", "dashboard_top", true, "time"));
            catalog.delete(new PluginId("gone"));
            catalog.increment(new PluginId("clock"));
            maintained = counters(context);
            undoMigrationV5(context);
        }

        try (ApplicationContext migratedAgain = ApplicationContext.run(database.properties())) {
            assertEquals(maintained, counters(migratedAgain));
        }
        assertEquals(3L, maintained.get("|"), "clock, calm and weather are public");
        assertEquals(3L, maintained.get("|ca"), "clock (calendar), calm and weather (calm); camera is private now");
        assertEquals(2L, maintained.get("slot:left_sidebar|"), "calm and weather");
        assertEquals(2L, maintained.get("tag:time|"), "clock and calm; weather moved to tools");
    }

    /** The non-zero counters, as {@code facet|prefix}: deletions can leave a counter at zero. */
    private static Map<String, Long> counters(ApplicationContext context) {
        return rowsByKey(context, "SELECT facet || '|' || prefix, public_plugins FROM search_count WHERE public_plugins > 0",
                row -> row.getLong(2));
    }

    /**
     * Back to the schema before V5 with the same rows indexed, so that the next start runs V5 on
     * them, and the later migrations again (V6 only widens columns: running it twice is harmless).
     */
    private static void undoMigrationV5(ApplicationContext context) {
        execute(context, statement -> {
            statement.execute("DROP TABLE search_count");
            statement.execute("DROP INDEX search_term_private");
            // The history from V5 on is forgotten, so what later migrations created goes too.
            ListedUiBackfillTest.undoMigrationsFromV9(statement);
            statement.execute("DROP TABLE host_plugin");
            statement.execute("DROP TABLE host_settings");
            statement.execute("DELETE FROM flyway_schema_history WHERE installed_rank >="
                    + " (SELECT installed_rank FROM flyway_schema_history WHERE version = '5')");
        });
    }

    private static Plugin plugin(String id, String version, String name, String description, String slot,
            boolean listedPublic, String... tags) {
        return plugin(document(id, version, name, description, slot, listedPublic, tags));
    }

    private static Manifest manifest(String id, String version, String name, String description, String slot,
            boolean listedPublic, String... tags) {
        return manifest(document(id, version, name, description, slot, listedPublic, tags));
    }

    private static JsonObject document(String id, String version, String name, String description, String slot,
            boolean listedPublic, String... tags) {
        return Manifests.uiPlugin(id, version)
                .with("name", new JsonString(name))
                .with("description", new JsonString(description))
                .with("slot", new JsonString(slot))
                .with("tags", JsonArray.of(Arrays.stream(tags).map(JsonString::new).toArray(JsonString[]::new)))
                .with("isPublic", listedPublic ? JsonBoolean.TRUE : JsonBoolean.FALSE);
    }
}
