package dev.plugbay.bootstrap;

import dev.plugbay.application.port.in.host.RunHostPluginsUseCase;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Starts the host plugins stored as active when Plugbay starts (HOST.md "Lifecycle", restart), and
 * gives their processes a graceful stop when it shuts down (RUNTIME.md).
 */
@Singleton
final class HostPluginsOnStartup {

    private final RunHostPluginsUseCase plugins;

    HostPluginsOnStartup(RunHostPluginsUseCase plugins) {
        this.plugins = plugins;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        plugins.startAll();
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        plugins.stopAll();
    }
}
