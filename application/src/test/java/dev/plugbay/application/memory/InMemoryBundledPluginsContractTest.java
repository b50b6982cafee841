package dev.plugbay.application.memory;

import dev.plugbay.application.contract.BundledPluginsContract;
import dev.plugbay.application.port.out.host.BundledPlugins;
import dev.plugbay.application.testing.TestArchives;

class InMemoryBundledPluginsContractTest extends BundledPluginsContract {

    @Override
    protected BundledPlugins bundled() {
        return new InMemoryBundledPlugins()
                .add("hello", "1.0.0", TestArchives.zipPlugin().bytes())
                .add("hello-tar", "2.1.0", TestArchives.tarGzPlugin().bytes());
    }
}
