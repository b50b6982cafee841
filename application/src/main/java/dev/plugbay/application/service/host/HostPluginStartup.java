package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.host.RunHostPluginsUseCase;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.host.ActivationReason;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.host.Transition;
import java.time.Clock;

/**
 * HOST.md "Lifecycle", restart, and RUNTIME.md's graceful shutdown: at startup the plugins root is
 * cleaned of crash residue, vanished folders are marked, and every plugin stored as {@code active}
 * starts again with a new process; at shutdown every process gets onDeactivate ({@code shutdown})
 * and stops, statuses kept.
 */
public final class HostPluginStartup implements RunHostPluginsUseCase {

    private final HostPlugins plugins;
    private final PluginStore store;
    private final PluginSupervisor supervisor;
    private final HostPluginScanner scanner;
    private final HostPluginLocks locks;
    private final Clock clock;

    HostPluginStartup(HostPlugins plugins, PluginStore store, PluginSupervisor supervisor, HostPluginScanner scanner,
            HostPluginLocks locks, Clock clock) {
        this.plugins = plugins;
        this.store = store;
        this.supervisor = supervisor;
        this.scanner = scanner;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public void startAll() {
        store.recover();
        scanner.markMissing();
        for (HostPlugin plugin : plugins.all()) {
            if (plugin.state().isActive() && plugin.runsCode()) {
                locks.run(plugin.name(), () -> restart(plugin));
            }
        }
    }

    private void restart(HostPlugin plugin) {
        if (supervisor.supervises(plugin.name())) {
            return;
        }
        Transition restart = plugin.activate(ActivationReason.RESTART, clock.instant());
        try {
            supervisor.start(restart.plugin(), restart.hooks());
        } catch (DomainException failed) {
            plugins.update(plugin.fail(failed.getMessage(), clock.instant()));
        }
    }

    @Override
    public void stopAll() {
        supervisor.stopAll();
    }
}
