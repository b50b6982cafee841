package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.host.HostExecutions;
import dev.plugbay.application.port.in.host.ReadHostPluginExecutionsUseCase;
import dev.plugbay.application.port.in.host.ReadHostPluginMetricsUseCase;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.domain.host.DurationPercentiles;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.ExecutionSummary;
import dev.plugbay.domain.host.HookMetrics;
import dev.plugbay.domain.plugin.PluginId;
import java.util.List;

/** The host plugins' executions and metrics, read through the recorder so that they include every call recorded so far. */
public final class HostPluginRecords implements ReadHostPluginExecutionsUseCase, ReadHostPluginMetricsUseCase {

    private final HostPlugins plugins;
    private final BatchedExecutionRecorder recorder;

    HostPluginRecords(HostPlugins plugins, BatchedExecutionRecorder recorder) {
        this.plugins = plugins;
        this.recorder = recorder;
    }

    @Override
    public HostExecutions executions(PluginId name, int limit) {
        HostPluginLifecycle.stored(plugins, name);
        List<Execution> kept = recorder.kept(name);
        return new HostExecutions(kept.subList(0, Math.min(limit, kept.size())), ExecutionSummary.of(kept));
    }

    @Override
    public List<HookMetrics> metrics(PluginId name) {
        HostPluginLifecycle.stored(plugins, name);
        List<Execution> kept = recorder.kept(name);
        return recorder.counters(name).stream()
                .map(counters -> new HookMetrics(counters, DurationPercentiles.nearestRank(kept.stream()
                        .filter(execution -> execution.hook() == counters.hook()).map(Execution::durationMs).toList())))
                .toList();
    }
}
