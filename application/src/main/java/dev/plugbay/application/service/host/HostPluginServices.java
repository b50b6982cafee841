package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.marketplace.StageMarketplacePluginUseCase;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.application.port.out.host.PluginProcesses;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.host.pipeline.CallRateLimit;
import dev.plugbay.domain.manifest.ManifestReader;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The host plugin manager's use cases over one supervisor and one set of per-name locks, built
 * together because they share both. Closing it stops the supervisor's threads.
 */
public final class HostPluginServices implements AutoCloseable {

    private final PluginSupervisor supervisor;
    private final HostPluginInstaller installer;
    private final HostPluginLifecycle lifecycle;
    private final HostPluginScanner scanner;
    private final HostPluginQueries queries;
    private final HostPluginStartup startup;
    private final PluginStore store;
    private final HostPluginLocks locks;
    private final HookPipelineService pipeline;
    private final HostActions actions;

    /**
     * @param recorder  where every pipeline and action call's ending goes
     * @param rateLimit the per-plugin call budget of the pipeline and the action bridge
     */
    public HostPluginServices(ManifestReader reader, HostPlugins plugins, PluginStore store, PluginProcesses processes,
            PluginLogs logs, Clock clock, Supplier<UUID> ids, ExecutionRecorder recorder, CallRateLimit rateLimit) {
        this.store = store;
        locks = new HostPluginLocks();
        supervisor = new PluginSupervisor(processes, logs, plugins, store, locks, clock);
        HostPluginViews views = new HostPluginViews(supervisor, processes, store);
        installer = new HostPluginInstaller(reader, store, plugins, supervisor, views, locks, clock, ids);
        lifecycle = new HostPluginLifecycle(plugins, store, logs, supervisor, views, locks, clock);
        scanner = new HostPluginScanner(reader, store, plugins, supervisor, locks, clock, ids);
        queries = new HostPluginQueries(plugins, logs, views);
        startup = new HostPluginStartup(plugins, store, supervisor, scanner, locks, clock);
        PluginCalls calls = new PluginCalls(supervisor, rateLimit, clock);
        pipeline = new HookPipelineService(plugins, supervisor, startup, calls, recorder, logs);
        actions = new HostActions(supervisor, startup, calls, recorder, clock);
    }

    public HostPluginInstaller installer() {
        return installer;
    }

    public HostPluginLifecycle lifecycle() {
        return lifecycle;
    }

    public HostPluginScanner scanner() {
        return scanner;
    }

    public HostPluginQueries queries() {
        return queries;
    }

    public HostPluginStartup startup() {
        return startup;
    }

    /** One-click installs: {@code marketplace} stages the archive, this manager installs it under the same locks. */
    public MarketplaceInstaller marketplaceInstaller(StageMarketplacePluginUseCase marketplace) {
        return new MarketplaceInstaller(marketplace, store, installer, locks);
    }

    public HookPipelineService pipeline() {
        return pipeline;
    }

    public HostActions actions() {
        return actions;
    }

    @Override
    public void close() {
        supervisor.close();
    }
}
