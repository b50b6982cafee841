package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.host.HostPluginView;
import dev.plugbay.application.port.out.host.PluginFolder;
import dev.plugbay.application.port.out.host.PluginProcesses;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.domain.host.HostPlugin;
import java.nio.file.Path;

/** Builds the views of host plugins: the stored plugin, its process, its sandbox on this machine, its folder. */
final class HostPluginViews {

    private final PluginSupervisor supervisor;
    private final PluginProcesses processes;
    private final PluginStore store;

    HostPluginViews(PluginSupervisor supervisor, PluginProcesses processes, PluginStore store) {
        this.supervisor = supervisor;
        this.processes = processes;
        this.store = store;
    }

    HostPluginView of(HostPlugin plugin) {
        String relative = store.relativeFolder(plugin.name());
        Path folder = store.installed(plugin.name()).map(PluginFolder::path).orElse(Path.of(relative));
        ProcessSpec spec = new ProcessSpec(plugin.name(), plugin.version(), folder, store.dataFolder(plugin.name()),
                plugin.main(), plugin.manifest().permissions(), plugin.integrity());
        return new HostPluginView(plugin, supervisor.runtime(plugin), processes.sandbox(spec).byPermission(), relative);
    }
}
