package dev.plugbay.adapters.rest;

import dev.plugbay.contracts.memory.InMemoryCallMeters;
import dev.plugbay.contracts.memory.InMemoryHostPlugins;
import dev.plugbay.contracts.memory.InMemoryPluginExecutions;
import dev.plugbay.contracts.memory.InMemoryPluginLogs;
import dev.plugbay.contracts.memory.InMemoryPluginProcesses;
import dev.plugbay.contracts.memory.InMemoryPluginStore;
import dev.plugbay.application.service.host.BatchedExecutionRecorder;
import dev.plugbay.application.service.host.HostPluginServices;
import dev.plugbay.domain.host.pipeline.CallRateLimit;
import dev.plugbay.contracts.testing.Manifests;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** The host plugin manager on the in-memory ports, for the REST tests: folders and processes are fakes. */
final class HostBench implements AutoCloseable {

    final InMemoryPluginStore store = new InMemoryPluginStore();
    final InMemoryPluginLogs logs = new InMemoryPluginLogs(500, Clock.systemUTC());
    final InMemoryPluginProcesses processes =
            new InMemoryPluginProcesses(logs, Duration.ofSeconds(1), Duration.ofSeconds(1), Clock.systemUTC());
    final HostPluginServices services = new HostPluginServices(Manifests.reader(), new InMemoryHostPlugins(), store,
            processes, logs, Clock.systemUTC(), UUID::randomUUID,
            new BatchedExecutionRecorder(new InMemoryPluginExecutions(), 1000, 10_000, Duration.ofSeconds(1), problem -> { },
                new InMemoryCallMeters()), new CallRateLimit(100));

    @Override
    public void close() {
        services.close();
    }
}
