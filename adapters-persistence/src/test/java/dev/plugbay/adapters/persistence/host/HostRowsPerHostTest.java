package dev.plugbay.adapters.persistence.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.execution.JdbcPluginExecutions;
import dev.plugbay.adapters.persistence.settings.JdbcHostSettings;
import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.host.ActivationReason;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.HookCounters;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.host.PluginSource;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import io.micronaut.context.ApplicationContext;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, scale-out: two instances on one database are two hosts. Each adapter, built with its own
 * host id, reads and writes only its own host plugins, settings, executions and counters, so the same
 * plugin name can be installed on both and an uninstall on one leaves the other's rows.
 */
abstract class HostRowsPerHostTest {

    private static final Instant T0 = Instant.parse("2026-07-03T10:00:00Z");
    private static final PluginId LOGGER = new PluginId("request-logger");

    private static TestDatabase database;
    private static ApplicationContext hostA;
    private static ApplicationContext hostB;

    static void start(TestDatabase shared) {
        database = shared;
        hostA = onHost(shared, "host-a");
        hostB = onHost(shared, "host-b");
    }

    /** The adapter on {@code database} as the host {@code hostId}. */
    static ApplicationContext onHost(TestDatabase database, String hostId) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("plugbay.host.id", hostId);
        return ApplicationContext.run(properties);
    }

    @AfterAll
    static void stop() {
        try {
            for (ApplicationContext context : new ApplicationContext[] {hostA, hostB}) {
                if (context != null) {
                    context.close();
                }
            }
        } finally {
            if (database != null) {
                database.drop();
            }
        }
    }

    @BeforeEach
    void empty() {
        hostA.getBean(Transactions.class).withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("host_plugin", "plugin_execution", "plugin_hook_metrics")) {
                    statement.execute("DELETE FROM " + table);
                }
                statement.execute("UPDATE host_settings SET plugin_marketplace_url = NULL");
            }
            return null;
        });
    }

    @Test
    void theSamePluginNameIsInstalledOnBothHostsAndEachSeesItsOwn() {
        HostPlugin onA = installed("1.0.0");
        HostPlugin onB = installed("2.0.0").activate(ActivationReason.ACTIVATE, T0).plugin();
        plugins(hostA).insert(onA);
        plugins(hostB).insert(onB);

        assertEquals(Optional.of(onA), plugins(hostA).find(LOGGER));
        assertEquals(Optional.of(onB), plugins(hostB).find(LOGGER));
        assertEquals(List.of(onA), plugins(hostA).all());
        assertEquals(List.of(onB), plugins(hostB).all());

        HostPlugin activeOnA = onA.activate(ActivationReason.ACTIVATE, T0.plusSeconds(1)).plugin();
        plugins(hostA).update(activeOnA);
        assertEquals(Optional.of(activeOnA), plugins(hostA).find(LOGGER));
        assertEquals(Optional.of(onB), plugins(hostB).find(LOGGER), "an update on one host changed the other's row");
    }

    @Test
    void anUninstallOnOneHostLeavesTheOthersPluginExecutionsAndCounters() {
        plugins(hostA).insert(installed("1.0.0"));
        HostPlugin onB = installed("1.0.0");
        plugins(hostB).insert(onB);
        executions(hostA).append(List.of(call(1)), 1000);
        executions(hostB).append(List.of(call(2), call(3)), 1000);

        assertTrue(plugins(hostA).delete(LOGGER));
        executions(hostA).delete(LOGGER);

        assertEquals(Optional.empty(), plugins(hostA).find(LOGGER));
        assertEquals(List.of(), executions(hostA).newest(LOGGER, 10));
        assertEquals(List.of(), executions(hostA).counters(LOGGER));
        assertEquals(Optional.of(onB), plugins(hostB).find(LOGGER));
        assertEquals(List.of(call(3), call(2)), executions(hostB).newest(LOGGER, 10));
        assertEquals(2, executions(hostB).counters(LOGGER).get(0).calls());
        assertFalse(plugins(hostA).delete(LOGGER), "host A deleted host B's row");
    }

    @Test
    void eachHostCountsAndTrimsOnlyItsOwnExecutions() {
        executions(hostA).append(List.of(call(1), call(2)), 1);
        executions(hostB).append(List.of(call(3)), 1);
        executions(hostB).append(List.of(call(4)), 1);

        assertEquals(List.of(call(2)), executions(hostA).newest(LOGGER, 10));
        assertEquals(List.of(call(4)), executions(hostB).newest(LOGGER, 10));
        assertEquals(List.of(new HookCounters(Hook.ON_REQUEST, 2, 0, 0, 0, 0, 0, Optional.of(call(2).startedAt()))),
                executions(hostA).counters(LOGGER));
        assertEquals(List.of(new HookCounters(Hook.ON_REQUEST, 2, 0, 0, 0, 0, 0, Optional.of(call(4).startedAt()))),
                executions(hostB).counters(LOGGER));
    }

    @Test
    void eachHostHasItsOwnSettings() {
        settings(hostA).savePluginMarketplaceUrl(Optional.of("https://a.example/registry.json"));

        assertEquals(Optional.of("https://a.example/registry.json"), settings(hostA).pluginMarketplaceUrl());
        assertEquals(Optional.empty(), settings(hostB).pluginMarketplaceUrl());

        settings(hostB).savePluginMarketplaceUrl(Optional.of("https://b.example/registry.json"));
        settings(hostA).savePluginMarketplaceUrl(Optional.empty());

        assertEquals(Optional.empty(), settings(hostA).pluginMarketplaceUrl());
        assertEquals(Optional.of("https://b.example/registry.json"), settings(hostB).pluginMarketplaceUrl());
    }

    private static HostPlugin installed(String version) {
        return HostPlugin.install(UUID.randomUUID(), Manifests.codePlugin("""
                {"id": "request-logger", "version": "%s", "author": "plugbay", "main": "index.mjs", "hooks": {"onRequest": true}}"""
                .formatted(version)), PluginSource.LOCAL, Optional.empty(), T0).plugin();
    }

    private static Execution call(int second) {
        return new Execution(LOGGER, Hook.ON_REQUEST, T0.plusSeconds(second), 1, CallOutcome.OK, null);
    }

    private static JdbcHostPlugins plugins(ApplicationContext host) {
        return host.getBean(JdbcHostPlugins.class);
    }

    private static JdbcHostSettings settings(ApplicationContext host) {
        return host.getBean(JdbcHostSettings.class);
    }

    private static JdbcPluginExecutions executions(ApplicationContext host) {
        return host.getBean(JdbcPluginExecutions.class);
    }
}
