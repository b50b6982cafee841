package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.BundledPlugins;
import dev.plugbay.contracts.host.BundledPluginsContract;
import dev.plugbay.contracts.testing.TestArchives;
import org.junit.jupiter.api.Nested;

/** The in-memory bundled plugins, run against the contract of the port they implement. */
class InMemoryBundledPluginsTest {

    @Nested
    class BundledPluginsPort extends BundledPluginsContract {

        @Override
        protected BundledPlugins bundled() {
            return new InMemoryBundledPlugins()
                    .add("hello", "1.0.0", TestArchives.zipPlugin().bytes())
                    .add("hello-tar", "2.1.0", TestArchives.tarGzPlugin().bytes());
        }
    }
}
