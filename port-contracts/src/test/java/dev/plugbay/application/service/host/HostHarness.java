package dev.plugbay.application.service.host;

import dev.plugbay.contracts.memory.InMemoryHostPlugins;
import dev.plugbay.contracts.memory.InMemoryPluginExecutions;
import dev.plugbay.contracts.memory.InMemoryPluginLogs;
import dev.plugbay.contracts.memory.InMemoryPluginProcesses;
import dev.plugbay.contracts.memory.InMemoryPluginProcesses.DeliveredCall;
import dev.plugbay.contracts.memory.InMemoryPluginStore;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.pipeline.CallRateLimit;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The host plugin services over the in-memory ports, as one Plugbay process: {@link #restart()} is a
 * new process over the same database and files (processes and logs are gone).
 */
final class HostHarness implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(1);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);

    final InMemoryHostPlugins plugins = new InMemoryHostPlugins();
    final InMemoryPluginStore store = new InMemoryPluginStore();
    /** Every call ending the services reported, in order. */
    final List<Execution> recorded = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final int rateLimit;
    final InMemoryPluginExecutions executions = new InMemoryPluginExecutions();
    InMemoryPluginLogs logs;
    InMemoryPluginProcesses processes;
    HostPluginServices services;

    HostHarness() {
        this(Clock.systemUTC(), 100);
    }

    /** On {@code clock}, with {@code rateLimit} calls per plugin and second. */
    HostHarness(Clock clock, int rateLimit) {
        this.clock = clock;
        this.rateLimit = rateLimit;
        logs = new InMemoryPluginLogs(500, clock);
        processes = new InMemoryPluginProcesses(logs, START_TIMEOUT, CALL_TIMEOUT, clock);
        boot();
    }

    private void boot() {
        services = new HostPluginServices(Manifests.reader(), plugins, store, processes, logs, clock, UUID::randomUUID,
                new BatchedExecutionRecorder(executions, 1000, 10_000, Duration.ofSeconds(1), problem -> { }, recorded::add),
                new CallRateLimit(rateLimit));
    }

    /**
     * Plugbay stops (gracefully) and starts again with new services over the same records and files.
     * The fake processes stay one instance, so pids keep counting up as the system's would.
     */
    void restart() {
        reboot();
        services.startup().startAll();
    }

    /** As {@link #restart()}, but the new services have not run their startup round yet. */
    void reboot() {
        services.startup().stopAll();
        services.close();
        boot();
    }

    /** A source folder holding this manifest and an entry file. */
    String folder(String manifest) {
        return store.source(Map.of("plugin.json", manifest, "index.mjs", "export default {}")).value();
    }

    static String manifest(String name, String version, String hooks, String schema) {
        return """
                {"id": "%s", "version": "%s", "author": "plugbay", "main": "index.mjs", "hooks": %s, "configSchema": %s}"""
                .formatted(name, version, hooks, schema);
    }

    List<Hook> hooksDelivered(PluginId name) {
        return processes.calls(name).stream().map(DeliveredCall::hook).toList();
    }

    long pid(PluginId name) {
        return services.queries().get(name).runtime().pid().orElseThrow();
    }

    static void await(String what, Duration within, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        services.startup().stopAll();
        services.close();
    }
}
