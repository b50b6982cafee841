package dev.plugbay.adapters.host.process;

import dev.plugbay.adapters.host.HomeSettings;
import dev.plugbay.adapters.host.RuntimeSettings;
import dev.plugbay.adapters.host.logs.MemoryPluginLogs;
import dev.plugbay.adapters.host.sandbox.HostCapabilities;
import dev.plugbay.adapters.host.sandbox.PluginEnvironment;
import dev.plugbay.adapters.host.sandbox.PluginFiles;
import dev.plugbay.adapters.host.sandbox.SandboxedLaunch;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.application.port.out.host.PluginProcesses;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.application.port.out.host.SandboxReport;
import dev.plugbay.domain.error.EnforcementUnavailableException;
import dev.plugbay.domain.error.IntegrityMismatchException;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.manifest.Hook;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The process runtime (RUNTIME.md "Processes" to "Integrity"): checks a plugin's files, launches
 * its process sandboxed and waits for {@code ready}. Created when Plugbay starts, because that is
 * when the settings are checked, the machine is probed (and the result logged once) and the Node
 * host script is written. The probe runs programs (Node.js three times, {@code unshare}), so it runs
 * on a thread of its own while the rest of the start goes on ({@link StartupProbe}); the first plugin
 * launch waits for it. Closing it stops the probe if it still runs, and every process it still runs.
 */
@Context
public final class ProcessRuntime implements PluginProcesses, AutoCloseable {

    private final RuntimeSettings settings;
    private final StartupProbe probe;
    private final CompletableFuture<SandboxedLaunch> launch;
    private final MemoryPluginLogs logs;
    private final Clock clock;
    private final RuntimeThreads threads = new RuntimeThreads();
    private final Set<ChildProcess> running = ConcurrentHashMap.newKeySet();

    @Inject
    public ProcessRuntime(RuntimeSettings settings, HomeSettings home, MemoryPluginLogs logs, Clock clock) {
        this(settings, home.path().resolve("runtime"), logs, clock);
    }

    /** The runtime folder holds the host script and, in {@code probe/}, the sandbox probe's scratch files. */
    private ProcessRuntime(RuntimeSettings settings, Path runtimeFolder, MemoryPluginLogs logs, Clock clock) {
        this(settings, new PluginEnvironment(System.getenv(), settings.envPassthrough()),
                StartupProbe.start(settings.node(), runtimeFolder.resolve("probe")), runtimeFolder, logs, clock);
    }

    public ProcessRuntime(RuntimeSettings settings, PluginEnvironment environment, HostCapabilities host, Path runtimeFolder,
            MemoryPluginLogs logs, Clock clock) {
        this(settings, environment, StartupProbe.known(host), runtimeFolder, logs, clock);
    }

    private ProcessRuntime(RuntimeSettings settings, PluginEnvironment environment, StartupProbe probe,
            Path runtimeFolder, MemoryPluginLogs logs, Clock clock) {
        this.settings = settings;
        this.probe = probe;
        Path script = HostScript.install(runtimeFolder);
        this.launch = probe.capabilities().thenApply(capabilities -> new SandboxedLaunch(capabilities, environment, script));
        this.logs = logs;
        this.clock = clock;
    }

    private SandboxedLaunch launch() {
        try {
            return launch.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    @Override
    public SandboxReport sandbox(ProcessSpec spec) {
        return launch().report(spec.permissions(), spec.main());
    }

    @Override
    public PluginProcess start(ProcessSpec spec) {
        PluginFiles files = checkedFiles(spec);
        Set<String> unenforced = sandbox(spec).unenforced();
        if (settings.requireEnforcement() && !unenforced.isEmpty()) {
            throw new EnforcementUnavailableException("Plugin '" + spec.name() + "' withholds permissions this machine cannot enforce: "
                    + String.join(", ", unenforced) + " (plugbay.runtime.require-enforcement is on)");
        }
        ProcessBuilder builder = new ProcessBuilder(command(spec, files)).directory(files.pluginDir().toFile());
        builder.environment().clear();
        builder.environment().putAll(launch().environment(spec.name().value(), spec.version().toString(), spec.permissions(), files));
        Process process;
        try {
            process = builder.start();
        } catch (IOException cannotRun) {
            logs.host(spec.name(), "could not be started: " + cannotRun.getMessage());
            throw new PluginErrorException("Plugin '" + spec.name() + "' could not be started; see its logs");
        }
        ChildProcess child = ChildProcess.watch(spec.name(), process, clock.instant(), settings.callTimeout(),
                settings.killGrace(), logs, threads);
        running.add(child);
        child.exited().whenComplete((exit, failure) -> running.remove(child));
        logs.host(spec.name(), "started with pid " + process.pid());
        WireProtocol.Ready ready = child.awaitReady(settings.startTimeout());
        logs.host(spec.name(), "ready, offering " + (ready.hooks().isEmpty() ? "no hooks"
                : ready.hooks().stream().map(Hook::wireName).collect(Collectors.joining(", "))));
        return child;
    }

    private PluginFiles checkedFiles(ProcessSpec spec) {
        try {
            PluginFiles files = EntryFile.resolve(spec);
            spec.integrity().ifPresent(pin -> EntryFile.verify(files.entry(), pin));
            return files;
        } catch (IntegrityMismatchException mismatch) {
            logs.host(spec.name(), "integrity failure, not started: " + mismatch.getMessage());
            throw mismatch;
        } catch (PluginErrorException unusable) {
            logs.host(spec.name(), "not started: " + unusable.getMessage());
            throw unusable;
        }
    }

    private List<String> command(ProcessSpec spec, PluginFiles files) {
        try {
            if (!SandboxedLaunch.runsOnNode(spec.main())) {
                EntryFile.requireExecutable(files.entry());
            }
            return launch().command(spec.permissions(), spec.main(), files);
        } catch (PluginErrorException unusable) {
            logs.host(spec.name(), "not started: " + unusable.getMessage());
            throw unusable;
        }
    }

    /** Stops the probe if it still runs, and every process still running, all at once, each within its kill grace. */
    @PreDestroy
    @Override
    public void close() {
        probe.close();
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ChildProcess child : List.copyOf(running)) {
            stops.add(CompletableFuture.runAsync(child::stop, threads.lifecycle));
        }
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
        threads.close();
    }
}
