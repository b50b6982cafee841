package dev.plugbay.contracts.memory;

import dev.plugbay.contracts.host.HostPluginsContract;
import dev.plugbay.application.port.out.host.HostPlugins;

class InMemoryHostPluginsTest extends HostPluginsContract {

    @Override
    protected HostPlugins createHostPlugins() {
        return new InMemoryHostPlugins();
    }
}
