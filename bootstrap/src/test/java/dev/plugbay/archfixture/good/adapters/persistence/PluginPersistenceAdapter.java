package dev.plugbay.archfixture.good.adapters.persistence;

import dev.plugbay.archfixture.good.application.port.out.LoadPluginsPort;
import dev.plugbay.archfixture.good.domain.Plugin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public class PluginPersistenceAdapter implements LoadPluginsPort {
    private final PluginRepository repository;

    public PluginPersistenceAdapter(PluginRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Plugin> loadAll() {
        List<Plugin> plugins = new ArrayList<>();
        repository.findAll().forEach(row -> plugins.add(new Plugin(row.id(), Instant.EPOCH)));
        return plugins;
    }
}
