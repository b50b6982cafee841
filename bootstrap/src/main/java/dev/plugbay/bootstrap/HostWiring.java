package dev.plugbay.bootstrap;

import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.application.port.out.host.PluginProcesses;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.application.service.host.HostPluginInstaller;
import dev.plugbay.application.service.host.HostPluginLifecycle;
import dev.plugbay.application.service.host.HostPluginQueries;
import dev.plugbay.application.service.host.HostPluginScanner;
import dev.plugbay.application.service.host.HostPluginServices;
import dev.plugbay.application.service.host.HostPluginStartup;
import dev.plugbay.domain.manifest.ManifestReader;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;

/** Creates the host plugin manager's use cases (HOST.md) over the host, persistence and runtime adapters. */
@Factory
final class HostWiring {

    @Singleton
    @Bean(preDestroy = "close")
    HostPluginServices hostPluginServices(ManifestReader reader, HostPlugins plugins, PluginStore store,
            PluginProcesses processes, PluginLogs logs, Clock clock) {
        return new HostPluginServices(reader, plugins, store, processes, logs, clock, UUID::randomUUID);
    }

    @Singleton
    HostPluginInstaller hostPluginInstaller(HostPluginServices services) {
        return services.installer();
    }

    @Singleton
    HostPluginLifecycle hostPluginLifecycle(HostPluginServices services) {
        return services.lifecycle();
    }

    @Singleton
    HostPluginScanner hostPluginScanner(HostPluginServices services) {
        return services.scanner();
    }

    @Singleton
    HostPluginQueries hostPluginQueries(HostPluginServices services) {
        return services.queries();
    }

    @Singleton
    HostPluginStartup hostPluginStartup(HostPluginServices services) {
        return services.startup();
    }
}
