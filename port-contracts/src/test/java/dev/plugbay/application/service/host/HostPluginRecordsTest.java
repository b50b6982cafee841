package dev.plugbay.application.service.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.application.port.in.host.HostExecutions;
import dev.plugbay.contracts.memory.PluginScript;
import dev.plugbay.contracts.memory.PluginScript.Reaction;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.DurationPercentiles;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.ExecutionSummary;
import dev.plugbay.domain.host.HookMetrics;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RUNTIME.md "Metrics and executions" on the in-memory ports: every lifecycle hook delivered is an
 * execution, the reads see them at once, upgrades and restarts keep them, uninstall removes them.
 */
class HostPluginRecordsTest {

    private static final PluginId LOGGER = new PluginId("request-logger");
    private static final String LIFECYCLE = """
            {"onRequest": true, "onInstall": true, "onActivate": true, "onDeactivate": true, "onUninstall": true}""";

    private final HostHarness host = new HostHarness();

    @AfterEach
    void stop() {
        host.close();
    }

    private void install(String version) {
        host.processes.script(LOGGER, PluginScript.ready(EnumSet.allOf(Hook.class)).reacting((hook, payload) ->
                hook == Hook.ON_DEACTIVATE ? new Reaction.Fail("cannot flush") : new Reaction.Answer(JsonNull.INSTANCE)));
        host.services.installer().install(host.folder(HostHarness.manifest("request-logger", version, LIFECYCLE, "{}")));
    }

    private List<String> hooksAndOutcomes(HostExecutions executions) {
        return executions.executions().stream().map(execution -> execution.hook().wireName() + " " + execution.outcome().wireName())
                .toList();
    }

    private List<String> callsPerHook() {
        return host.services.records().metrics(LOGGER).stream()
                .map(row -> row.counters().hook().wireName() + " " + row.counters().calls() + "/" + row.counters().errors())
                .toList();
    }

    @Test
    void everyLifecycleHookDeliveredIsAnExecutionNewestFirstAndTheReadsSeeThemAtOnce() {
        install("1.0.0");
        host.services.lifecycle().activate(LOGGER);
        host.services.lifecycle().deactivate(LOGGER);

        HostExecutions executions = host.services.records().executions(LOGGER, 20);

        assertEquals(List.of("onDeactivate error", "onActivate ok", "onInstall ok"), hooksAndOutcomes(executions));
        Execution failed = executions.executions().get(0);
        assertEquals("cannot flush", failed.error());
        assertEquals(LOGGER, failed.plugin());
        long durations = executions.executions().stream().mapToLong(Execution::durationMs).sum();
        assertEquals(new ExecutionSummary(3, 2, 1, Math.round(durations / 3.0)), executions.summary());
        assertEquals(List.of("onDeactivate error"), hooksAndOutcomes(host.services.records().executions(LOGGER, 1)));
        assertEquals(3, host.services.records().executions(LOGGER, 1).summary().totalCalls(), "the summary covers all kept");
    }

    @Test
    void metricsHaveOneRowPerHookEverCalledSortedByHookWithNearestRankPercentiles() {
        install("1.0.0");
        host.services.lifecycle().activate(LOGGER);
        host.services.lifecycle().deactivate(LOGGER);
        host.services.lifecycle().activate(LOGGER);

        List<HookMetrics> metrics = host.services.records().metrics(LOGGER);

        assertEquals(List.of("onActivate 2/0", "onDeactivate 1/1", "onInstall 1/0"), callsPerHook());
        List<Long> activations = host.services.records().executions(LOGGER, 100).executions().stream()
                .filter(execution -> execution.hook() == Hook.ON_ACTIVATE).map(Execution::durationMs).toList();
        assertEquals(DurationPercentiles.nearestRank(activations), metrics.get(0).percentiles());
        assertEquals(CallOutcome.OK, host.services.records().executions(LOGGER, 1).executions().get(0).outcome());
    }

    @Test
    void upgradesAndRestartsKeepThemUninstallRemovesThem() {
        install("1.0.0");
        host.services.lifecycle().activate(LOGGER);
        install("1.1.0");
        host.restart();

        assertEquals(List.of("onActivate 3/0", "onDeactivate 2/2", "onInstall 2/0"), callsPerHook());

        host.services.lifecycle().uninstall(LOGGER);

        assertEquals(List.of(), host.executions.counters(LOGGER));
        assertEquals(List.of(), host.executions.newest(LOGGER, 100));
        install("1.2.0");
        assertEquals(List.of("onInstall 1/0"), callsPerHook());
    }

    @Test
    void anUnknownPluginIsNotFound() {
        assertThrows(PluginNotFoundException.class, () -> host.services.records().executions(new PluginId("ghost"), 20));
        assertThrows(PluginNotFoundException.class, () -> host.services.records().metrics(new PluginId("ghost")));
    }
}
