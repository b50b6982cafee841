package dev.plugbay.adapters.host.process;

import dev.plugbay.adapters.host.logs.LineReader;
import dev.plugbay.adapters.host.logs.MemoryPluginLogs;
import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.application.port.out.host.ProcessExit;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.error.PluginTimeoutException;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One plugin process and the calls in flight to it (RUNTIME.md "Wire protocol", "Timeouts"). Its
 * stdout and stderr each have a reader thread that drains them to the end; calls are written in
 * id order by a writer thread of its own, so a child that stops reading blocks nobody but itself.
 * Whatever ends it (a requested stop, a call timeout, its own exit), everything in its process
 * group is terminated, its last output lines are read, then every call still in flight ends
 * {@code crashed}, then {@link #exited()} completes.
 */
final class ChildProcess implements PluginProcess {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
    /** How long the exit waits for the last output lines once the whole group is gone. */
    private static final Duration PIPE_DRAIN = Duration.ofSeconds(2);

    /** Why Plugbay ended the process, when it did. */
    private record Ending(boolean requested, String reason) {
    }

    private final PluginId plugin;
    private final Process process;
    private final Instant startedAt;
    private final Duration callTimeout;
    private final Duration killGrace;
    private final MemoryPluginLogs logs;
    private final RuntimeThreads threads;
    private final ProcessGroup group;
    private final ExecutorService writer;

    private final Map<Long, PendingCall> inFlight = new ConcurrentHashMap<>();
    private final Object sending = new Object();
    private long lastId;
    private volatile boolean closed;

    private final CompletableFuture<WireProtocol.Ready> ready = new CompletableFuture<>();
    private final CompletableFuture<Void> stdoutDrained = new CompletableFuture<>();
    private final CompletableFuture<Void> stderrDrained = new CompletableFuture<>();
    private final AtomicReference<Ending> ending = new AtomicReference<>();
    private final AtomicBoolean terminating = new AtomicBoolean();
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();
    private final CompletableFuture<ProcessExit> exited = new CompletableFuture<>();

    private static final class PendingCall {
        final long id;
        final Hook hook;
        final CompletableFuture<CallResult> result = new CompletableFuture<>();
        volatile Future<?> timer;

        PendingCall(long id, Hook hook) {
            this.id = id;
            this.hook = hook;
        }

        void end(CallResult outcome) {
            Future<?> scheduled = timer;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            result.complete(outcome);
        }
    }

    private ChildProcess(PluginId plugin, Process process, Instant startedAt, Duration callTimeout, Duration killGrace,
            MemoryPluginLogs logs, RuntimeThreads threads) {
        this.plugin = plugin;
        this.process = process;
        this.startedAt = startedAt;
        this.callTimeout = callTimeout;
        this.killGrace = killGrace;
        this.logs = logs;
        this.threads = threads;
        this.group = new ProcessGroup(process.toHandle());
        this.writer = Executors.newSingleThreadExecutor(RuntimeThreads.daemons("plugin-" + plugin + "-stdin"));
    }

    /** Starts reading the process's pipes and watching for its exit. */
    static ChildProcess watch(PluginId plugin, Process process, Instant startedAt, Duration callTimeout, Duration killGrace,
            MemoryPluginLogs logs, RuntimeThreads threads) {
        ChildProcess child = new ChildProcess(plugin, process, startedAt, callTimeout, killGrace, logs, threads);
        RuntimeThreads.daemon("plugin-" + plugin + "-stdout", child::readStdout).start();
        RuntimeThreads.daemon("plugin-" + plugin + "-stderr", child::readStderr).start();
        process.onExit().thenRunAsync(child::afterExit, threads.lifecycle);
        return child;
    }

    /**
     * Waits for {@code ready}; on any failure the process is stopped (and gone) before the
     * exception is thrown.
     */
    WireProtocol.Ready awaitReady(Duration startTimeout) {
        try {
            return ready.get(startTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException notReady) {
            logs.host(plugin, "not ready within " + Durations.words(startTimeout) + "; stopping the process");
            end(new Ending(true, "not ready within " + Durations.words(startTimeout)));
            exited.join();
            throw new PluginTimeoutException("Plugin '" + plugin + "' was not ready within " + Durations.words(startTimeout));
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof MalformedReady malformed) {
                end(new Ending(true, "malformed ready message"));
                exited.join();
                throw new PluginErrorException("Plugin '" + plugin + "' sent a malformed ready message (" + malformed.getMessage()
                        + "); see its logs");
            }
            ExitedBeforeReady exit = (ExitedBeforeReady) failed.getCause();
            throw new PluginErrorException("Plugin '" + plugin + "' " + exit.getMessage() + " before it was ready; see its logs");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            end(new Ending(true, "start interrupted"));
            throw new PluginErrorException("Plugin '" + plugin + "' was not started: Plugbay is shutting down");
        }
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public Set<Hook> offeredHooks() {
        return ready.join().hooks();
    }

    @Override
    public OptionalInt readyPriority() {
        return ready.join().priority();
    }

    @Override
    public CompletionStage<CallResult> call(Hook hook, JsonValue payload) {
        if (closed || ending.get() != null) {
            return CompletableFuture.completedFuture(new CallResult.NotSent("the process is not running"));
        }
        if (!offeredHooks().contains(hook)) {
            return CompletableFuture.completedFuture(new CallResult.NotSent("the process does not offer " + hook.wireName()));
        }
        String payloadJson = payload.toJson();
        PendingCall call;
        synchronized (sending) {
            long id = ++lastId;
            Optional<byte[]> line = WireProtocol.call(id, hook, payloadJson);
            if (line.isEmpty()) {
                return CompletableFuture.completedFuture(new CallResult.NotSent("payload too large"));
            }
            call = new PendingCall(id, hook);
            inFlight.put(id, call);
            try {
                writer.execute(() -> write(line.get()));
            } catch (RejectedExecutionException exitedMeanwhile) {
                inFlight.remove(id);
                return CompletableFuture.completedFuture(new CallResult.NotSent("the process is not running"));
            }
        }
        call.timer = threads.timers.schedule(() -> timedOut(call), callTimeout.toNanos(), TimeUnit.NANOSECONDS);
        if (closed && inFlight.remove(call.id, call)) {
            call.end(new CallResult.NotSent("the process is not running"));
        }
        return call.result.thenApplyAsync(Function.identity(), threads.callbacks);
    }

    @Override
    public void stop() {
        end(new Ending(true, "stopped by Plugbay"));
        exited.join();
    }

    @Override
    public CompletionStage<ProcessExit> exited() {
        return exited.thenApplyAsync(Function.identity(), threads.callbacks);
    }

    /** Records why Plugbay ends the process (the first reason wins) and terminates its group. */
    private void end(Ending why) {
        ending.compareAndSet(null, why);
        terminate();
    }

    /** Closes stdin, SIGTERM to the group, SIGKILL after the grace period; runs once, whoever asks first. */
    private CompletableFuture<Void> terminate() {
        if (terminating.compareAndSet(false, true)) {
            threads.lifecycle.execute(() -> {
                try {
                    threads.lifecycle.execute(this::closeStdin);
                    if (!group.terminate(killGrace)) {
                        String survivors = group.members().stream().map(member -> Long.toString(member.pid())).toList().toString();
                        logs.host(plugin, "processes " + survivors + " survived SIGKILL");
                        LOG.warn("Processes {} of plugin '{}' survived SIGKILL", survivors, plugin);
                    }
                } finally {
                    terminated.complete(null);
                }
            });
        }
        return terminated;
    }

    private void timedOut(PendingCall call) {
        if (!inFlight.remove(call.id, call)) {
            return;
        }
        call.result.complete(new CallResult.TimedOut());
        String waited = Durations.words(callTimeout);
        logs.host(plugin, call.hook.wireName() + " call " + call.id + " got no answer within " + waited + "; stopping the process");
        end(new Ending(false, "killed after " + call.hook.wireName() + " got no answer within " + waited));
    }

    /** Runs once the leader has exited: the rest of its group goes, then the calls, then the exit is told. */
    private void afterExit() {
        try {
            reportExit();
        } catch (RuntimeException unexpected) {
            LOG.error("The exit of plugin '{}' was not handled cleanly", plugin, unexpected);
            exited.complete(new ProcessExit(ending.get() != null && ending.get().requested(), OptionalInt.empty(),
                    OptionalInt.empty(), "exited"));
        }
    }

    private void reportExit() {
        terminate().join();
        try {
            CompletableFuture.allOf(stdoutDrained, stderrDrained).get(PIPE_DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillOpen) {
            LOG.debug("The output of plugin '{}' stayed open after its process group ended", plugin);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        ExitStatus status = ExitStatus.of(process.exitValue());
        Ending why = ending.get();
        ProcessExit exit = why == null
                ? new ProcessExit(false, status.code(), status.signal(), status.describe())
                : new ProcessExit(why.requested(), status.code(), status.signal(), why.reason());
        logs.host(plugin, why == null ? status.describe() : why.reason() + " (" + status.describe() + ")");
        closed = true;
        for (Long id : inFlight.keySet()) {
            PendingCall call = inFlight.remove(id);
            if (call != null) {
                call.end(new CallResult.Crashed(exit.reason()));
            }
        }
        ready.completeExceptionally(new ExitedBeforeReady(status.describe()));
        writer.shutdownNow();
        exited.complete(exit);
    }

    private void write(byte[] line) {
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write(line);
            stdin.flush();
        } catch (IOException closing) {
            LOG.debug("A call to plugin '{}' was not written: its stdin is closed", plugin);
        }
    }

    private void closeStdin() {
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyGone) {
            LOG.debug("The stdin of plugin '{}' was already closed", plugin);
        }
    }

    private void readStdout() {
        try (InputStream stdout = process.getInputStream()) {
            new LineReader(WireProtocol.MAX_LINE_BYTES).drain(stdout, this::stdoutLine);
        } catch (IOException closed) {
            LOG.debug("The stdout of plugin '{}' closed", plugin);
        } finally {
            stdoutDrained.complete(null);
        }
    }

    private void readStderr() {
        try (InputStream stderr = process.getErrorStream()) {
            new LineReader(MemoryPluginLogs.MAX_LINE_BYTES).drain(stderr,
                    (bytes, length, overflowed) -> logs.record(plugin, MemoryPluginLogs.STDERR, bytes, length, overflowed));
        } catch (IOException closed) {
            LOG.debug("The stderr of plugin '{}' closed", plugin);
        } finally {
            stderrDrained.complete(null);
        }
    }

    private void stdoutLine(byte[] bytes, int length, boolean overflowed) {
        if (overflowed) {
            logs.record(plugin, MemoryPluginLogs.STDOUT, bytes, length, true);
            logs.host(plugin, "a stdout line over 1 MiB was not parsed; its first 4,000 characters are logged");
            return;
        }
        WireProtocol.Message message = WireProtocol.read(new String(bytes, 0, length, StandardCharsets.UTF_8));
        if (message instanceof WireProtocol.Result result) {
            PendingCall call = inFlight.remove(result.id());
            if (call == null) {
                logs.host(plugin, "dropped the result of call " + result.id() + ", which is not in flight");
            } else {
                call.end(result.answer());
            }
        } else if (message instanceof WireProtocol.Ready announced) {
            if (!ready.complete(announced)) {
                logs.host(plugin, "a later ready message was ignored");
            } else if (!announced.unknownHooks().isEmpty()) {
                logs.host(plugin, "ready named unknown hooks, ignored: " + String.join(", ", announced.unknownHooks()));
            }
        } else if (message instanceof WireProtocol.MalformedReady malformed) {
            if (ready.isDone()) {
                logs.host(plugin, "a later ready message was ignored");
            } else {
                logs.host(plugin, "malformed ready message: " + malformed.problem());
                ready.completeExceptionally(new MalformedReady(malformed.problem()));
            }
        } else if (message instanceof WireProtocol.MalformedResult malformed) {
            logs.host(plugin, malformed.problem());
        } else {
            logs.record(plugin, MemoryPluginLogs.STDOUT, bytes, length, false);
        }
    }

    /** The process ended before it sent {@code ready}; the message says how. */
    private static final class ExitedBeforeReady extends Exception {
        ExitedBeforeReady(String how) {
            super(how, null, false, false);
        }
    }

    private static final class MalformedReady extends Exception {
        MalformedReady(String problem) {
            super(problem, null, false, false);
        }
    }
}
