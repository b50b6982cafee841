package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.domain.error.AlreadyInstalledException;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.plugin.PluginId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Host plugins in memory, sorted by name. */
public final class InMemoryHostPlugins implements HostPlugins {

    private final ConcurrentSkipListMap<String, HostPlugin> plugins = new ConcurrentSkipListMap<>();

    @Override
    public Optional<HostPlugin> find(PluginId name) {
        return Optional.ofNullable(plugins.get(name.value()));
    }

    @Override
    public List<HostPlugin> all() {
        return List.copyOf(plugins.values());
    }

    @Override
    public void insert(HostPlugin plugin) {
        if (plugins.putIfAbsent(plugin.name().value(), plugin) != null) {
            throw new AlreadyInstalledException("Plugin '" + plugin.name() + "' is already installed");
        }
    }

    @Override
    public void update(HostPlugin plugin) {
        if (plugins.replace(plugin.name().value(), plugin) == null) {
            throw new PluginNotFoundException("Plugin '" + plugin.name() + "' is not installed");
        }
    }

    @Override
    public boolean delete(PluginId name) {
        return plugins.remove(name.value()) != null;
    }
}
