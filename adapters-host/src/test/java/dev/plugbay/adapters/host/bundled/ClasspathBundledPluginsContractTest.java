package dev.plugbay.adapters.host.bundled;

import dev.plugbay.application.contract.BundledPluginsContract;
import dev.plugbay.application.port.out.host.BundledPlugins;

class ClasspathBundledPluginsContractTest extends BundledPluginsContract {

    private static final BundledPlugins SEED = new ClasspathBundledPlugins();

    @Override
    protected BundledPlugins bundled() {
        return SEED;
    }
}
