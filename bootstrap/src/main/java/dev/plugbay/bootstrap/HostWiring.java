package dev.plugbay.bootstrap;

import dev.plugbay.adapters.host.RuntimeSettings;
import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.application.port.out.host.CallMeters;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.application.port.out.host.PluginExecutions;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.application.port.out.host.PluginProcesses;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.application.port.out.installation.Installations;
import dev.plugbay.application.service.host.BatchedExecutionRecorder;
import dev.plugbay.application.service.host.HookPipelineService;
import dev.plugbay.application.service.host.HostPluginInstaller;
import dev.plugbay.application.service.host.HostPluginLifecycle;
import dev.plugbay.application.service.host.HostPluginQueries;
import dev.plugbay.application.service.host.HostPluginRecords;
import dev.plugbay.application.service.host.HostPluginScanner;
import dev.plugbay.application.service.host.HostPluginServices;
import dev.plugbay.application.service.host.HostPluginStartup;
import dev.plugbay.application.service.installation.PluginActionService;
import dev.plugbay.bootstrap.settings.ExecutionsSettings;
import dev.plugbay.domain.host.pipeline.CallRateLimit;
import dev.plugbay.domain.manifest.ManifestReader;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the host plugin manager's use cases (HOST.md) over the host, persistence and runtime adapters. */
@Factory
final class HostWiring {

    private static final Logger LOG = LoggerFactory.getLogger(BatchedExecutionRecorder.class);
    /** Executions queued between two writes at most: a second of 100 calls to each of 500 plugins. */
    private static final int EXECUTION_QUEUE = 50_000;
    private static final Duration EXECUTION_WRITES = Duration.ofSeconds(1);

    @Singleton
    @Bean(preDestroy = "close")
    HostPluginServices hostPluginServices(ManifestReader reader, HostPlugins plugins, PluginStore store,
            PluginProcesses processes, PluginLogs logs, Clock clock, RuntimeSettings runtime, PluginExecutions executions,
            ExecutionsSettings settings, CallMeters meters) {
        BatchedExecutionRecorder recorder = new BatchedExecutionRecorder(executions, settings.executionsKept(), EXECUTION_QUEUE,
                EXECUTION_WRITES, LOG::warn, meters);
        return new HostPluginServices(reader, plugins, store, processes, logs, clock, UUID::randomUUID, recorder,
                new CallRateLimit(runtime.rateLimit()));
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
    HostPluginRecords hostPluginRecords(HostPluginServices services) {
        return services.records();
    }

    @Singleton
    HostPluginStartup hostPluginStartup(HostPluginServices services) {
        return services.startup();
    }

    @Singleton
    HookPipelineService hookPipelineService(HostPluginServices services) {
        return services.pipeline();
    }

    @Singleton
    PluginActionService pluginActionService(Installations installations, CatalogReads catalog, HostPluginServices services) {
        return new PluginActionService(installations, catalog, services.actions());
    }
}
