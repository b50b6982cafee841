package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.PluginExecutions;
import dev.plugbay.contracts.host.PluginExecutionsContract;
import org.junit.jupiter.api.Nested;

/** The in-memory executions, run against the contract of the port they implement. */
class InMemoryPluginExecutionsTest {

    @Nested
    class PluginExecutionsPort extends PluginExecutionsContract {

        @Override
        protected PluginExecutions emptyExecutions() {
            return new InMemoryPluginExecutions();
        }
    }
}
