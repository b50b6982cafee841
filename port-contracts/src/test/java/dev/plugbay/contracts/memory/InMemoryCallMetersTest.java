package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.CallMeters;
import dev.plugbay.contracts.host.CallMetersContract;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import org.junit.jupiter.api.Nested;

/** The in-memory call meters, run against the contract of the port they implement. */
class InMemoryCallMetersTest {

    @Nested
    class CallMetersPort extends CallMetersContract {

        @Override
        protected CallMeters emptyMeters() {
            return new InMemoryCallMeters();
        }

        @Override
        protected long timed(CallMeters meters, PluginId plugin, Hook hook) {
            return ((InMemoryCallMeters) meters).timed(plugin, hook);
        }

        @Override
        protected long timedMillis(CallMeters meters, PluginId plugin, Hook hook) {
            return ((InMemoryCallMeters) meters).timedMillis(plugin, hook);
        }

        @Override
        protected long counted(CallMeters meters, PluginId plugin, Hook hook, CallOutcome outcome) {
            return ((InMemoryCallMeters) meters).counted(plugin, hook, outcome);
        }
    }
}
