package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.contracts.host.PluginLogsContract;
import org.junit.jupiter.api.Nested;

/** The in-memory plugin logs, run against the contract of the port they implement. */
class InMemoryPluginLogsTest {

    @Nested
    class PluginLogsPort extends PluginLogsContract {

        @Override
        protected PluginLogs logs(int capacity) {
            return new InMemoryPluginLogs(capacity, CLOCK);
        }
    }
}
