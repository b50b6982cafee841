package dev.plugbay.adapters.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.adapters.persistence.execution.JdbcPluginExecutions;
import dev.plugbay.adapters.persistence.host.JdbcHostPlugins;
import dev.plugbay.adapters.persistence.settings.JdbcHostSettings;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.host.PluginSource;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import io.micronaut.context.ApplicationContext;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Migration V11 keeps the host rows of a single-instance install: it marks them unclaimed, and the
 * first host that starts adopts all of them (host plugins, settings, executions, counters); a host
 * starting after it, or at the same time, adopts none. Each test stores the rows through the adapter,
 * takes the schema back to V10 with the rows in it, and starts again.
 */
abstract class HostRowsAdoptionTest extends MigrationBackfillTest {

    private static final Instant T0 = Instant.parse("2026-07-03T10:00:00Z");
    private static final PluginId LOGGER = new PluginId("request-logger");
    private static final String URL = "https://plugins.example/registry.json";
    private static final String[] HOST_TABLES = {"host_plugin", "host_settings", "plugin_execution", "plugin_hook_metrics"};

    @Test
    void theFirstHostToStartAdoptsTheRowsStoredBeforeHostIds() {
        HostPlugin stored = storeRowsThenGoBackToV10();

        try (ApplicationContext first = onHost("first"); ApplicationContext second = onHost("second")) {
            assertEquals(List.of(stored), first.getBean(JdbcHostPlugins.class).all());
            assertEquals(Optional.of(URL), first.getBean(JdbcHostSettings.class).pluginMarketplaceUrl());
            assertEquals(List.of(call(2), call(1)), first.getBean(JdbcPluginExecutions.class).newest(LOGGER, 10));
            assertEquals(2, first.getBean(JdbcPluginExecutions.class).counters(LOGGER).get(0).calls());

            assertEquals(List.of(), second.getBean(JdbcHostPlugins.class).all());
            assertEquals(Optional.empty(), second.getBean(JdbcHostSettings.class).pluginMarketplaceUrl());
            assertEquals(List.of(), second.getBean(JdbcPluginExecutions.class).newest(LOGGER, 10));
            assertEquals(List.of(), second.getBean(JdbcPluginExecutions.class).counters(LOGGER));
            assertEquals(Map.of("first", 5L, "second", 1L), rowsByHost(first));
        }
    }

    @Test
    void twoHostsStartingTogetherAdoptTheRowsOnce() throws InterruptedException, ExecutionException {
        HostPlugin stored = storeRowsThenGoBackToV10();
        migrateWithoutStarting();

        List<ApplicationContext> started = new ArrayList<>();
        ExecutorService starts = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            List<Future<ApplicationContext>> hosts = new ArrayList<>();
            for (String host : List.of("left", "right")) {
                hosts.add(starts.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return onHost(host);
                }));
            }
            for (Future<ApplicationContext> host : hosts) {
                started.add(host.get());
            }
            List<List<HostPlugin>> seen = started.stream().map(host -> host.getBean(JdbcHostPlugins.class).all()).toList();

            assertEquals(1, seen.stream().filter(List.of(stored)::equals).count(), seen.toString());
            assertEquals(1, seen.stream().filter(List::isEmpty).count(), seen.toString());
            String winner = seen.get(0).isEmpty() ? "right" : "left";
            String loser = winner.equals("left") ? "right" : "left";
            assertEquals(Map.of(winner, 5L, loser, 1L), rowsByHost(started.get(0)));
        } finally {
            starts.shutdownNow();
            started.forEach(ApplicationContext::close);
        }
    }

    /**
     * Host plugin, settings URL, two executions and their counters stored by a host, then the schema
     * taken back to V10 (so the rows are as a single-instance install left them) and V11 and later forgotten.
     */
    private HostPlugin storeRowsThenGoBackToV10() {
        HostPlugin plugin = HostPlugin.install(UUID.randomUUID(), Manifests.codePlugin("""
                {"id": "request-logger", "version": "1.0.0", "author": "plugbay", "main": "index.mjs", "hooks": {"onRequest": true}}"""),
                PluginSource.LOCAL, Optional.empty(), T0).plugin();
        try (ApplicationContext before = onHost("before-v11")) {
            before.getBean(JdbcHostPlugins.class).insert(plugin);
            before.getBean(JdbcHostSettings.class).savePluginMarketplaceUrl(Optional.of(URL));
            before.getBean(JdbcPluginExecutions.class).append(List.of(call(1), call(2)), 1000);
            execute(before, statement -> {
                ListedUiBackfillTest.undoMigrationV12(statement);
                undoMigrationV11(statement);
                statement.execute("DELETE FROM flyway_schema_history WHERE installed_rank >="
                        + " (SELECT installed_rank FROM flyway_schema_history WHERE version = '11')");
            });
        }
        return plugin;
    }

    /** Runs the migrations as Flyway does at a start, without starting the adapter (and so without a claim). */
    private void migrateWithoutStarting() {
        Map<String, Object> properties = database.properties();
        FluentConfiguration flyway = Flyway.configure()
                .dataSource((String) properties.get("datasources.default.url"), (String) properties.get("datasources.default.username"),
                        (String) properties.get("datasources.default.password"))
                .locations("classpath:db/migration");
        new TextOrderPlaceholder().customizeFluentConfiguration(flyway);
        flyway.load().migrate();
    }

    private ApplicationContext onHost(String hostId) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("plugbay.host.id", hostId);
        return ApplicationContext.run(properties);
    }

    private static Execution call(int second) {
        return new Execution(LOGGER, Hook.ON_REQUEST, T0.plusSeconds(second), 1, CallOutcome.OK, null);
    }

    /** How many host rows each host id holds, over the four host tables. */
    private static Map<String, Long> rowsByHost(ApplicationContext context) {
        Map<String, Long> rows = new HashMap<>();
        for (String table : HOST_TABLES) {
            rowsByKey(context, "SELECT host_id, COUNT(*) FROM " + table + " GROUP BY host_id", row -> row.getLong(2))
                    .forEach((host, count) -> rows.merge(host, count, Long::sum));
        }
        return rows;
    }

    /**
     * Back to the schema before V11, the rows kept: the host_id columns dropped and the V7, V8 and V10
     * keys back (host_settings' one row is id 1 again). The flyway history row is the caller's.
     */
    static void undoMigrationV11(Statement statement) throws SQLException {
        statement.execute("ALTER TABLE plugin_hook_metrics DROP CONSTRAINT plugin_hook_metrics_pk");
        statement.execute("ALTER TABLE plugin_hook_metrics DROP COLUMN host_id");
        statement.execute("ALTER TABLE plugin_hook_metrics ADD CONSTRAINT plugin_hook_metrics_pk PRIMARY KEY (plugin, hook)");
        statement.execute("DROP INDEX plugin_execution_newest");
        statement.execute("ALTER TABLE plugin_execution DROP COLUMN host_id");
        statement.execute("CREATE INDEX plugin_execution_newest ON plugin_execution (plugin, started_at DESC, seq DESC)");
        statement.execute("ALTER TABLE host_settings DROP CONSTRAINT host_settings_pk");
        statement.execute("ALTER TABLE host_settings DROP COLUMN host_id");
        statement.execute("ALTER TABLE host_settings ADD COLUMN id INT DEFAULT 1 NOT NULL");
        statement.execute("ALTER TABLE host_settings ADD CONSTRAINT host_settings_pk PRIMARY KEY (id)");
        statement.execute("ALTER TABLE host_settings ADD CONSTRAINT host_settings_single_row CHECK (id = 1)");
        statement.execute("ALTER TABLE host_plugin DROP CONSTRAINT host_plugin_pk");
        statement.execute("ALTER TABLE host_plugin DROP COLUMN host_id");
        statement.execute("ALTER TABLE host_plugin ADD CONSTRAINT host_plugin_pk PRIMARY KEY (name)");
    }
}
