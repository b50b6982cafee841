package dev.plugbay.adapters.rest.metrics;

import dev.plugbay.application.port.out.host.CallMeters;
import dev.plugbay.domain.host.Execution;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/**
 * Host plugin calls in Micrometer's global registry, so on {@code /prometheus}: a sent call's
 * duration in the timer {@code plugbay.plugin.calls} tagged with its {@code plugin} and {@code hook},
 * and every call, sent or not, in the counter {@code plugbay.plugin.outcomes} tagged with its
 * {@code outcome} too.
 */
@Singleton
public class MicrometerCallMeters implements CallMeters {

    static final String TIMER = "plugbay.plugin.calls";
    static final String OUTCOMES = "plugbay.plugin.outcomes";

    private final MeterRegistry registry;

    @Inject
    MicrometerCallMeters() {
        this(Metrics.globalRegistry);
    }

    MicrometerCallMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void meter(Execution execution) {
        String plugin = execution.plugin().value();
        String hook = execution.hook().wireName();
        if (execution.outcome().sent()) {
            registry.timer(TIMER, "plugin", plugin, "hook", hook).record(execution.durationMs(), TimeUnit.MILLISECONDS);
        }
        registry.counter(OUTCOMES, "plugin", plugin, "hook", hook, "outcome", execution.outcome().wireName()).increment();
    }
}
