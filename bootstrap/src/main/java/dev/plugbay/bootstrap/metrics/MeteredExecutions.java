package dev.plugbay.bootstrap.metrics;

import dev.plugbay.application.service.host.ExecutionRecorder;
import dev.plugbay.domain.host.Execution;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * Exports each host plugin call to Micrometer (so to {@code /prometheus}): a sent call's duration in
 * the timer {@code plugbay.plugin.calls} tagged with its {@code plugin} and {@code hook}, and every
 * call, sent or not, in the counter {@code plugbay.plugin.outcomes} tagged with its {@code outcome} too.
 */
public final class MeteredExecutions implements ExecutionRecorder {

    static final String TIMER = "plugbay.plugin.calls";
    static final String OUTCOMES = "plugbay.plugin.outcomes";

    private final MeterRegistry registry;

    public MeteredExecutions(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(Execution execution) {
        String plugin = execution.plugin().value();
        String hook = execution.hook().wireName();
        if (execution.outcome().sent()) {
            registry.timer(TIMER, "plugin", plugin, "hook", hook).record(execution.durationMs(), TimeUnit.MILLISECONDS);
        }
        registry.counter(OUTCOMES, "plugin", plugin, "hook", hook, "outcome", execution.outcome().wireName()).increment();
    }
}
