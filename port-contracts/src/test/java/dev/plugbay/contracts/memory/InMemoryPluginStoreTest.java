package dev.plugbay.contracts.memory;

import dev.plugbay.contracts.host.PluginStoreContract;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.host.LocalPath;
import java.util.Map;
import java.util.Set;

class InMemoryPluginStoreTest extends PluginStoreContract {

    private InMemoryPluginStore store;

    @Override
    protected PluginStore createStore() {
        store = new InMemoryPluginStore();
        return store;
    }

    @Override
    protected LocalPath source(Map<String, String> files) {
        return store.source(files);
    }

    @Override
    protected LocalPath insideHome() {
        return store.insideHome();
    }

    @Override
    protected Set<String> rootEntries() {
        return store.rootEntries();
    }
}
