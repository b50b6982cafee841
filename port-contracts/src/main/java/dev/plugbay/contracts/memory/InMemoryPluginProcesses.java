package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.application.port.out.host.PluginProcesses;
import dev.plugbay.application.port.out.host.ProcessExit;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.application.port.out.host.SandboxReport;
import dev.plugbay.contracts.memory.PluginScript.Reaction;
import dev.plugbay.domain.error.EnforcementUnavailableException;
import dev.plugbay.domain.error.IntegrityMismatchException;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.error.PluginTimeoutException;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Permission;
import dev.plugbay.domain.plugin.PluginId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Plugin processes without processes, for the host services' tests: each plugin follows the
 * {@link PluginScript} given for it, with the same outcomes, timeouts and log lines as the real
 * runtime (it passes the same contract). Tests can also see every call delivered, make a running
 * process crash, and choose which withheld permissions count as unenforced.
 */
public final class InMemoryPluginProcesses implements PluginProcesses {

    /** One call a fake process received. */
    public record DeliveredCall(Hook hook, JsonValue payload) {
    }

    private static final int MAX_LINE_BYTES = 1024 * 1024;

    private final InMemoryPluginLogs logs;
    private final Duration startTimeout;
    private final Duration callTimeout;
    private final Clock clock;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fake-plugin-timers");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong pids = new AtomicLong(10_000);
    private final Map<PluginId, PluginScript> scripts = new ConcurrentHashMap<>();
    private final Map<PluginId, List<DeliveredCall>> delivered = new ConcurrentHashMap<>();
    private final Map<PluginId, FakeProcess> current = new ConcurrentHashMap<>();
    private final Set<Long> alive = ConcurrentHashMap.newKeySet();
    private final Set<Permission> unenforced = ConcurrentHashMap.newKeySet();
    private volatile boolean requireEnforcement;

    public InMemoryPluginProcesses(InMemoryPluginLogs logs, Duration startTimeout, Duration callTimeout, Clock clock) {
        this.logs = logs;
        this.startTimeout = startTimeout;
        this.callTimeout = callTimeout;
        this.clock = clock;
    }

    /** What the plugin's processes do from now on; a plugin without a script has no entry file. */
    public void script(PluginId plugin, PluginScript script) {
        scripts.put(plugin, script);
    }

    /** Every call the plugin's processes received, in order. */
    public List<DeliveredCall> calls(PluginId plugin) {
        return List.copyOf(delivered.getOrDefault(plugin, List.of()));
    }

    /** Makes the plugin's running process exit with {@code code}, as if it crashed. */
    public void crash(PluginId plugin, int code) {
        FakeProcess process = current.get(plugin);
        if (process != null) {
            process.exit(new ProcessExit(false, OptionalInt.of(code), OptionalInt.empty(), "exited with code " + code));
        }
    }

    /** Whether a (fake) process with this pid runs: a plugin's, or one a plugin spawned. */
    public boolean running(long pid) {
        return alive.contains(pid);
    }

    /** The plugin's process that runs now, if any. */
    public Optional<PluginProcess> runningProcess(PluginId plugin) {
        return Optional.ofNullable(current.get(plugin));
    }

    /** Withheld permissions of these kinds are reported {@code unenforced}; the others as enforced. */
    public void unenforced(Set<Permission> permissions) {
        unenforced.clear();
        unenforced.addAll(permissions);
    }

    /** As {@code plugbay.runtime.require-enforcement}. */
    public void requireEnforcement(boolean required) {
        requireEnforcement = required;
    }

    @Override
    public SandboxReport sandbox(ProcessSpec spec) {
        Map<Permission, String> report = new EnumMap<>(Permission.class);
        for (Permission permission : Permission.values()) {
            report.put(permission, spec.permissions().contains(permission) ? SandboxReport.GRANTED
                    : unenforced.contains(permission) ? SandboxReport.UNENFORCED : "emulated");
        }
        return new SandboxReport(report);
    }

    @Override
    public PluginProcess start(ProcessSpec spec) {
        PluginId plugin = spec.name();
        PluginScript script = scripts.get(plugin);
        if (script == null) {
            logs.host(plugin, "not started: entry file not found: " + spec.main());
            throw new PluginErrorException("entry file not found: " + spec.main());
        }
        if (spec.integrity().isPresent()) {
            Integrity pin = spec.integrity().get();
            try {
                pin.verify(Integrity.of(pin.algorithm(), script.entry()));
            } catch (IntegrityMismatchException mismatch) {
                logs.host(plugin, "integrity failure, not started: " + mismatch.getMessage());
                throw mismatch;
            }
        }
        Set<String> withheld = sandbox(spec).unenforced();
        if (requireEnforcement && !withheld.isEmpty()) {
            throw new EnforcementUnavailableException("Plugin '" + plugin + "' withholds permissions this machine cannot enforce: "
                    + String.join(", ", withheld) + " (plugbay.runtime.require-enforcement is on)");
        }
        long pid = pids.incrementAndGet();
        logs.host(plugin, "started with pid " + pid);
        switch (script.startup()) {
            case NEVER_READY -> {
                awaitNothing(startTimeout);
                logs.host(plugin, "not ready within " + words(startTimeout) + "; stopping the process");
                logs.host(plugin, "not ready within " + words(startTimeout) + " (was killed by signal 15)");
                throw new PluginTimeoutException("Plugin '" + plugin + "' was not ready within " + words(startTimeout));
            }
            case EXITS -> {
                logs.host(plugin, "exited with code " + script.exitCode());
                throw new PluginErrorException("Plugin '" + plugin + "' exited with code " + script.exitCode()
                        + " before it was ready; see its logs");
            }
            case MALFORMED_READY -> {
                logs.host(plugin, "malformed ready message: hooks must be an array of strings");
                logs.host(plugin, "malformed ready message (was killed by signal 15)");
                throw new PluginErrorException("Plugin '" + plugin
                        + "' sent a malformed ready message (hooks must be an array of strings); see its logs");
            }
            case READY -> {
                FakeProcess process = new FakeProcess(plugin, pid, script);
                alive.add(pid);
                current.put(plugin, process);
                logs.host(plugin, "ready, offering " + (script.hooks().isEmpty() ? "no hooks"
                        : EnumSet.copyOf(script.hooks()).stream().map(Hook::wireName).collect(Collectors.joining(", "))));
                return process;
            }
            default -> throw new IllegalStateException("unknown startup " + script.startup());
        }
    }

    private static void awaitNothing(Duration duration) {
        try {
            new CompletableFuture<Void>().get(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException expected) {
            return;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String words(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private final class FakeProcess implements PluginProcess {

        private final PluginId plugin;
        private final long pid;
        private final PluginScript script;
        private final Instant startedAt = clock.instant();
        private final Map<Long, CompletableFuture<CallResult>> inFlight = new ConcurrentHashMap<>();
        private final List<Long> children = new CopyOnWriteArrayList<>();
        private final AtomicLong ids = new AtomicLong();
        private final CompletableFuture<ProcessExit> exited = new CompletableFuture<>();

        FakeProcess(PluginId plugin, long pid, PluginScript script) {
            this.plugin = plugin;
            this.pid = pid;
            this.script = script;
        }

        @Override
        public long pid() {
            return pid;
        }

        @Override
        public Instant startedAt() {
            return startedAt;
        }

        @Override
        public Set<Hook> offeredHooks() {
            return script.hooks();
        }

        @Override
        public OptionalInt readyPriority() {
            return script.priority();
        }

        @Override
        public synchronized CompletionStage<CallResult> call(Hook hook, JsonValue payload) {
            if (exited.isDone()) {
                return CompletableFuture.completedFuture(new CallResult.NotSent("the process is not running"));
            }
            if (!script.hooks().contains(hook)) {
                return CompletableFuture.completedFuture(new CallResult.NotSent("the process does not offer " + hook.wireName()));
            }
            long id = ids.incrementAndGet();
            String line = "{\"type\":\"call\",\"id\":" + id + ",\"hook\":\"" + hook.wireName() + "\",\"payload\":" + payload.toJson() + "}";
            if (line.getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
                return CompletableFuture.completedFuture(new CallResult.NotSent("payload too large"));
            }
            delivered.computeIfAbsent(plugin, key -> new CopyOnWriteArrayList<>()).add(new DeliveredCall(hook, payload));
            CompletableFuture<CallResult> result = new CompletableFuture<>();
            inFlight.put(id, result);
            timers.schedule(() -> timedOut(id, hook), callTimeout.toNanos(), TimeUnit.NANOSECONDS);
            timers.execute(() -> react(id, script.reactions().apply(hook, payload)));
            return result.thenApply(outcome -> outcome);
        }

        private void react(long id, Reaction reaction) {
            if (reaction instanceof Reaction.Answer answer) {
                answer(id, new CallResult.Answered(answer.result()));
            } else if (reaction instanceof Reaction.Fail fail) {
                answer(id, new CallResult.Failed(fail.error()));
            } else if (reaction instanceof Reaction.Exit exit) {
                exit(new ProcessExit(false, OptionalInt.of(exit.code()), OptionalInt.empty(), "exited with code " + exit.code()));
            } else if (reaction instanceof Reaction.After after) {
                timers.schedule(() -> react(id, after.then()), after.delay().toNanos(), TimeUnit.NANOSECONDS);
            } else if (reaction instanceof Reaction.Log log) {
                logs.stderr(plugin, log.line());
                react(id, log.then());
            } else if (reaction instanceof Reaction.Spawn) {
                long child = pids.incrementAndGet();
                children.add(child);
                alive.add(child);
                answer(id, new CallResult.Answered(JsonNumber.of(child)));
            }
        }

        private void answer(long id, CallResult result) {
            CompletableFuture<CallResult> pending = inFlight.remove(id);
            if (pending != null) {
                pending.complete(result);
            }
        }

        private void timedOut(long id, Hook hook) {
            CompletableFuture<CallResult> pending = inFlight.remove(id);
            if (pending == null) {
                return;
            }
            pending.complete(new CallResult.TimedOut());
            logs.host(plugin, hook.wireName() + " call " + id + " got no answer within " + words(callTimeout) + "; stopping the process");
            exit(new ProcessExit(false, OptionalInt.empty(), OptionalInt.of(15),
                    "killed after " + hook.wireName() + " got no answer within " + words(callTimeout)));
        }

        @Override
        public void stop() {
            exit(new ProcessExit(true, OptionalInt.empty(), OptionalInt.of(15), "stopped by Plugbay"));
        }

        synchronized void exit(ProcessExit exit) {
            if (exited.isDone()) {
                return;
            }
            alive.remove(pid);
            children.forEach(alive::remove);
            current.remove(plugin, this);
            for (Long id : new ArrayList<>(inFlight.keySet())) {
                answer(id, new CallResult.Crashed(exit.reason()));
            }
            logs.host(plugin, exit.requested() || exit.signal().isPresent() ? exit.reason() + " (was killed by signal 15)" : exit.reason());
            exited.complete(exit);
        }

        @Override
        public CompletionStage<ProcessExit> exited() {
            return exited.thenApply(exit -> exit);
        }
    }
}
