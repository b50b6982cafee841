package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.HostSettings;
import dev.plugbay.contracts.host.HostSettingsContract;
import org.junit.jupiter.api.Nested;

/** The in-memory host settings, run against the contract of the port they implement. */
class InMemoryHostSettingsTest {

    @Nested
    class HostSettingsPort extends HostSettingsContract {

        @Override
        protected HostSettings emptySettings() {
            return new InMemoryHostSettings();
        }
    }
}
