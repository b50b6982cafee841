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
 * The host plugin manager's use cases over one supervisor, one set of per-name locks and one
 * execution recorder, built together because they share them. It owns the recorder.
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
    private final HostPluginRecords records;
    private final BatchedExecutionRecorder recorder;

    /**
     * @param recorder  where every call's ending goes: lifecycle hooks, pipeline and actions
     * @param rateLimit the per-plugin call budget of the pipeline and the action bridge
     */
    public HostPluginServices(ManifestReader reader, HostPlugins plugins, PluginStore store, PluginProcesses processes,
            PluginLogs logs, Clock clock, Supplier<UUID> ids, BatchedExecutionRecorder recorder, CallRateLimit rateLimit) {
        this.store = store;
        locks = new HostPluginLocks();
        this.recorder = recorder;
        supervisor = new PluginSupervisor(processes, logs, plugins, store, locks, clock, recorder);
        HostPluginViews views = new HostPluginViews(supervisor, processes, store);
        installer = new HostPluginInstaller(reader, store, plugins, supervisor, views, locks, clock, ids);
        lifecycle = new HostPluginLifecycle(plugins, store, logs, supervisor, views, locks, clock, recorder);
        scanner = new HostPluginScanner(reader, store, plugins, supervisor, locks, clock, ids);
        queries = new HostPluginQueries(plugins, logs, views);
        startup = new HostPluginStartup(plugins, store, supervisor, scanner, locks, clock);
        PluginCalls calls = new PluginCalls(supervisor, rateLimit, clock);
        pipeline = new HookPipelineService(plugins, supervisor, startup, calls, recorder, logs);
        actions = new HostActions(supervisor, startup, calls, recorder, clock);
        records = new HostPluginRecords(plugins, recorder);
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

    public HostPluginRecords records() {
        return records;
    }

    /** Where every call to a plugin is recorded (RUNTIME.md "Metrics and executions"). */
    public ExecutionRecorder recorder() {
        return recorder;
    }

    /** Stops the supervisor's threads, then writes the executions still queued. */
    @Override
    public void close() {
        supervisor.close();
        recorder.close();
    }
}
