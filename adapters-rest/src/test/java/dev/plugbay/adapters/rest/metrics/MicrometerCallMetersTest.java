package dev.plugbay.adapters.rest.metrics;

import dev.plugbay.application.port.out.host.CallMeters;
import dev.plugbay.contracts.host.CallMetersContract;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;

/** The Micrometer call meters on a registry of their own, run against the contract of the port they implement. */
class MicrometerCallMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Nested
    class CallMetersPort extends CallMetersContract {

        @Override
        protected CallMeters emptyMeters() {
            registry.clear();
            return new MicrometerCallMeters(registry);
        }

        private Optional<Timer> timer(PluginId plugin, Hook hook) {
            return Optional.ofNullable(registry.find(MicrometerCallMeters.TIMER).tags("plugin", plugin.value(), "hook", hook.wireName())
                    .timer());
        }

        @Override
        protected long timed(CallMeters meters, PluginId plugin, Hook hook) {
            return timer(plugin, hook).map(Timer::count).orElse(0L);
        }

        @Override
        protected long timedMillis(CallMeters meters, PluginId plugin, Hook hook) {
            return timer(plugin, hook).map(timer -> Math.round(timer.totalTime(TimeUnit.MILLISECONDS))).orElse(0L);
        }

        @Override
        protected long counted(CallMeters meters, PluginId plugin, Hook hook, CallOutcome outcome) {
            return Optional.ofNullable(registry.find(MicrometerCallMeters.OUTCOMES)
                    .tags("plugin", plugin.value(), "hook", hook.wireName(), "outcome", outcome.wireName()).counter())
                    .map(counter -> Math.round(counter.count())).orElse(0L);
        }
    }
}
