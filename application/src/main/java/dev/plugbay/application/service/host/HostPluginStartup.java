package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.host.RunHostPluginsUseCase;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.host.ActivationReason;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.host.Transition;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

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
    private final CompletableFuture<Void> firstRound = new CompletableFuture<>();

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
        try {
            store.recover();
            scanner.markMissing();
            for (HostPlugin plugin : plugins.all()) {
                if (plugin.state().isActive() && plugin.runsCode()) {
                    locks.run(plugin.name(), () -> restart(plugin));
                }
            }
        } finally {
            firstRound.complete(null);
        }
    }

    /**
     * Returns once the first {@link #startAll()} has ended (each plugin ready or failed; each start is
     * bounded by the start and call timeouts): the hook route and the action bridge wait for it, so
     * that a request right after Plugbay starts finds the active plugins running (HOST.md "Lifecycle").
     */
    void awaitFirstRound() {
        firstRound.join();
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
