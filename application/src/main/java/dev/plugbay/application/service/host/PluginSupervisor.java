package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.host.RuntimeView;
import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.application.port.out.host.PluginFolder;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.application.port.out.host.PluginProcesses;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.application.port.out.host.ProcessExit;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.EnforcementUnavailableException;
import dev.plugbay.domain.error.IntegrityMismatchException;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.error.PluginTimeoutException;
import dev.plugbay.domain.host.ActivationReason;
import dev.plugbay.domain.host.CrashHistory;
import dev.plugbay.domain.host.DeactivationReason;
import dev.plugbay.domain.host.HookDelivery;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.host.Transition;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps the long-lived process of each active plugin (RUNTIME.md "Processes", "Timeouts, crashes,
 * restarts"): starts it and delivers lifecycle hooks, stops it, and after an exit nobody asked for
 * starts it again with backoff, until the crash loop puts the plugin in {@code error}. Exits and
 * restarts are handled on worker threads, so one plugin's start never holds up another's.
 */
public final class PluginSupervisor implements AutoCloseable {

    /** The total time graceful shutdown gives the plugins' onDeactivate ({@code shutdown}). */
    public static final Duration SHUTDOWN_BUDGET = Duration.ofSeconds(3);

    private final PluginProcesses processes;
    private final PluginLogs logs;
    private final HostPlugins plugins;
    private final PluginStore store;
    private final HostPluginLocks locks;
    private final Clock clock;
    private final ExecutionRecorder recorder;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("host-plugin-timers"));
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("host-plugin-supervisor"));
    private final Map<PluginId, Supervised> supervised = new ConcurrentHashMap<>();

    /** One active plugin's process, or its scheduled restart, and its crashes since the last activation. */
    private static final class Supervised {
        volatile PluginProcess process;
        volatile CrashHistory history = CrashHistory.NONE;
        volatile int restarts;
        volatile ScheduledFuture<?> nextStart;
        volatile Instant nextStartAt;
    }

    public PluginSupervisor(PluginProcesses processes, PluginLogs logs, HostPlugins plugins, PluginStore store,
            HostPluginLocks locks, Clock clock, ExecutionRecorder recorder) {
        this.processes = processes;
        this.logs = logs;
        this.plugins = plugins;
        this.store = store;
        this.locks = locks;
        this.clock = clock;
        this.recorder = recorder;
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What the plugin's process is started from; {@code PLUGIN_ERROR} when its folder is missing. */
    ProcessSpec spec(HostPlugin plugin) {
        PluginFolder folder = store.installed(plugin.name())
                .orElseThrow(() -> new PluginErrorException(HostPluginMessages.FOLDER_MISSING));
        return new ProcessSpec(plugin.name(), plugin.version(), folder.path(), store.dataFolder(plugin.name()),
                plugin.main(), plugin.manifest().permissions(), plugin.integrity());
    }

    /**
     * Starts the plugin's long-lived process with a crash history of its own (an activation) and
     * delivers {@code hooks}; returns the warnings of hooks whose failure is not fatal.
     *
     * @throws DomainException the start failed, or onActivate failed (the process is stopped)
     */
    List<String> start(HostPlugin plugin, List<HookDelivery> hooks) {
        return launch(plugin, hooks, new Supervised());
    }

    private List<String> launch(HostPlugin plugin, List<HookDelivery> hooks, Supervised entry) {
        PluginProcess process = processes.start(spec(plugin));
        List<String> warnings = new ArrayList<>();
        for (HookDelivery delivery : hooks) {
            Optional<String> failure = deliver(process, plugin, delivery);
            if (failure.isPresent() && delivery.hook() == Hook.ON_ACTIVATE) {
                process.stop();
                throw activationFailed(plugin, failure.get());
            }
            failure.ifPresent(text -> warnings.add(delivery.hook().wireName() + " failed: " + text));
        }
        entry.process = process;
        supervised.put(plugin.name(), entry);
        process.exited().thenAcceptAsync(exit -> exited(plugin.name(), process, exit), workers);
        return warnings;
    }

    private static DomainException activationFailed(HostPlugin plugin, String failure) {
        String message = "Plugin '" + plugin.name() + "' failed onActivate: " + failure;
        return failure.equals(HostPluginMessages.TIMED_OUT) ? new PluginTimeoutException(message) : new PluginErrorException(message);
    }

    /** Delivers one lifecycle hook when the process offers it; the failure, in words, when it failed. */
    private Optional<String> deliver(PluginProcess process, HostPlugin plugin, HookDelivery delivery) {
        Hook hook = delivery.hook();
        if (!process.offeredHooks().contains(hook)) {
            return Optional.empty();
        }
        CallResult result = recordedCall(process, plugin, delivery).join();
        Optional<String> failure = HostPluginMessages.failure(result);
        failure.ifPresent(text -> logs.host(plugin.name(), hook.wireName() + " failed: " + text));
        return failure;
    }

    /** Sends one lifecycle hook; its execution is recorded when the call ends, however late. */
    private CompletableFuture<CallResult> recordedCall(PluginProcess process, HostPlugin plugin, HookDelivery delivery) {
        Instant startedAt = clock.instant();
        return process.call(delivery.hook(), plugin.payload(delivery)).toCompletableFuture().whenComplete((result, never) ->
                recorder.record(CallExecutions.of(plugin.name(), delivery.hook(), startedAt, clock.instant(), result)));
    }

    private List<String> deliverAll(PluginProcess process, HostPlugin plugin, List<HookDelivery> hooks) {
        List<String> warnings = new ArrayList<>();
        for (HookDelivery delivery : hooks) {
            deliver(process, plugin, delivery).ifPresent(text -> warnings.add(delivery.hook().wireName() + " failed: " + text));
        }
        return warnings;
    }

    /**
     * Delivers {@code hooks} to the running process (failures are warnings), then stops it; a
     * scheduled restart is cancelled. Nothing happens when the plugin has no process.
     */
    List<String> stop(HostPlugin plugin, List<HookDelivery> hooks) {
        Supervised entry = supervised.remove(plugin.name());
        if (entry == null) {
            return List.of();
        }
        cancelRestart(entry);
        PluginProcess process = entry.process;
        if (process == null) {
            return List.of();
        }
        List<String> warnings = deliverAll(process, plugin, hooks);
        process.stop();
        logs.host(plugin.name(), "stopped");
        return warnings;
    }

    /** Delivers {@code hooks} to a short-lived process started for them, then stops it (HOST.md onInstall, onUninstall). */
    List<String> runShortLived(HostPlugin plugin, List<HookDelivery> hooks) {
        PluginProcess process = processes.start(spec(plugin));
        try {
            return deliverAll(process, plugin, hooks);
        } finally {
            process.stop();
        }
    }

    boolean running(PluginId name) {
        Supervised entry = supervised.get(name);
        return entry != null && entry.process != null;
    }

    /** The plugin's running process; empty while it has none (stopped, restarting, crash loop). */
    Optional<PluginProcess> process(PluginId name) {
        Supervised entry = supervised.get(name);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.process);
    }

    /** When the plugin's process starts again, while a restart is scheduled. */
    Optional<Instant> nextStartAt(PluginId name) {
        Supervised entry = supervised.get(name);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.nextStartAt);
    }

    /** Whether the plugin has a process or a scheduled restart. */
    boolean supervises(PluginId name) {
        return supervised.containsKey(name);
    }

    RuntimeView runtime(HostPlugin plugin) {
        Supervised entry = supervised.get(plugin.name());
        if (entry == null) {
            return RuntimeView.STOPPED;
        }
        PluginProcess process = entry.process;
        if (process == null) {
            return new RuntimeView("restarting", OptionalLong.empty(), Optional.empty(), entry.restarts,
                    Optional.ofNullable(entry.nextStartAt), Set.of());
        }
        Set<Hook> missing = plugin.manifest().hooks().isEmpty() ? Set.of() : EnumSet.copyOf(plugin.manifest().hooks());
        missing.removeAll(process.offeredHooks());
        return new RuntimeView("running", OptionalLong.of(process.pid()), Optional.of(process.startedAt()), entry.restarts,
                Optional.empty(), missing);
    }

    private void cancelRestart(Supervised entry) {
        ScheduledFuture<?> next = entry.nextStart;
        if (next != null) {
            next.cancel(false);
        }
    }

    private void exited(PluginId name, PluginProcess process, ProcessExit exit) {
        if (exit.requested()) {
            return;
        }
        locks.run(name, () -> {
            Supervised entry = supervised.get(name);
            if (entry == null || entry.process != process) {
                return;
            }
            entry.process = null;
            crashed(name, entry, Duration.between(process.startedAt(), clock.instant()), exit.reason());
        });
    }

    private void crashed(PluginId name, Supervised entry, Duration ran, String reason) {
        CrashHistory.Verdict verdict = entry.history.crashed(clock.instant(), ran, reason);
        entry.history = verdict.history();
        if (verdict instanceof CrashHistory.CrashLoop loop) {
            supervised.remove(name);
            logs.host(name, loop.message());
            plugins.find(name).ifPresent(plugin -> plugins.update(plugin.fail(loop.message(), clock.instant())));
        } else if (verdict instanceof CrashHistory.Respawn respawn) {
            entry.nextStartAt = clock.instant().plus(respawn.delay());
            logs.host(name, "restart scheduled in " + respawn.delay().toSeconds() + " s");
            entry.nextStart = timers.schedule(() -> workers.execute(() -> respawn(name, entry)),
                    respawn.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void respawn(PluginId name, Supervised entry) {
        locks.run(name, () -> {
            if (supervised.get(name) != entry) {
                return;
            }
            entry.nextStart = null;
            entry.nextStartAt = null;
            Optional<HostPlugin> stored = plugins.find(name).filter(plugin -> plugin.state().isActive());
            if (stored.isEmpty()) {
                supervised.remove(name);
                return;
            }
            if (store.installed(name).isEmpty()) {
                supervised.remove(name);
                logs.host(name, "not restarted: " + HostPluginMessages.FOLDER_MISSING);
                plugins.update(stored.get().fail(HostPluginMessages.FOLDER_MISSING, clock.instant()));
                return;
            }
            entry.restarts++;
            Transition respawn = stored.get().activate(ActivationReason.RESPAWN, clock.instant());
            try {
                launch(respawn.plugin(), respawn.hooks(), entry);
            } catch (IntegrityMismatchException | EnforcementUnavailableException failure) {
                supervised.remove(name);
                plugins.update(stored.get().fail(failure.getMessage(), clock.instant()));
            } catch (DomainException failure) {
                logs.host(name, "restart failed: " + failure.getMessage());
                crashed(name, entry, Duration.ZERO, failure.getMessage());
            }
        });
    }

    /**
     * Graceful shutdown: onDeactivate ({@code shutdown}) to every process within {@link #SHUTDOWN_BUDGET}
     * in all, then every process stops; nothing is restarted any more.
     */
    void stopAll() {
        Instant deadline = clock.instant().plus(SHUTDOWN_BUDGET);
        for (PluginId name : List.copyOf(supervised.keySet())) {
            Supervised entry = supervised.remove(name);
            cancelRestart(entry);
            PluginProcess process = entry.process;
            if (process == null) {
                continue;
            }
            Optional<HostPlugin> plugin = plugins.find(name);
            if (plugin.isPresent()) {
                List<HookDelivery> hooks = plugin.get().deactivate(DeactivationReason.SHUTDOWN, clock.instant()).hooks();
                for (HookDelivery delivery : hooks) {
                    if (process.offeredHooks().contains(delivery.hook())) {
                        awaitUntil(process, plugin.get(), delivery, deadline);
                    }
                }
            }
            process.stop();
        }
    }

    private void awaitUntil(PluginProcess process, HostPlugin plugin, HookDelivery delivery, Instant deadline) {
        long left = Duration.between(clock.instant(), deadline).toMillis();
        if (left <= 0) {
            return;
        }
        try {
            recordedCall(process, plugin, delivery).get(left, TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            logs.host(plugin.name(), "onDeactivate (shutdown) got no answer within the shutdown budget");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("plugin calls never fail", impossible);
        }
    }

    @Override
    public void close() {
        timers.shutdownNow();
        workers.shutdownNow();
    }
}
