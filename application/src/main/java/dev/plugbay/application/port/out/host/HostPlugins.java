package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.plugin.PluginId;
import java.util.List;
import java.util.Optional;

/** The code plugins installed on this host (HOST.md): at most one per name, kept across restarts. */
public interface HostPlugins {

    Optional<HostPlugin> find(PluginId name);

    /** Every host plugin, sorted by name. */
    List<HostPlugin> all();

    /** Stores a new plugin; {@code ALREADY_INSTALLED} when one of that name is stored. */
    void insert(HostPlugin plugin);

    /** Stores the new state of a stored plugin (found by name); {@code PLUGIN_NOT_FOUND} when there is none. */
    void update(HostPlugin plugin);

    /** Removes the plugin of this name; reports whether there was one. */
    boolean delete(PluginId name);
}
