package dev.plugbay.contracts.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.application.port.out.host.LogEntry;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.application.port.out.host.PluginProcesses;
import dev.plugbay.application.port.out.host.ProcessExit;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.domain.error.IntegrityMismatchException;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.error.PluginTimeoutException;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.integrity.Integrity.Algorithm;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code PluginProcesses} and the {@code PluginProcess}es it starts (RUNTIME.md
 * "Processes", "Wire protocol", "Timeouts", "Integrity"), together with what they write to
 * {@code PluginLogs}. Subclasses run it against the real runtime (Node.js and Python plugins) and
 * the in-memory fake, configured with the timeouts below.
 *
 * <p>The plugins are scripted: each call's payload says what the plugin does, as {@code {"do": ...}}:
 * {@code echo} answers {@code value} (no value: no result), {@code fail} answers the error
 * {@code message}, {@code hang} never answers, {@code exit} exits with {@code code}, {@code delay}
 * answers {@code value} after {@code ms} milliseconds, {@code log} writes {@code line} to stderr
 * and answers null, {@code spawn} starts a child process ({@code sleep}) and answers its pid.
 */
public abstract class PluginProcessesContract {

    protected static final Duration START_TIMEOUT = Duration.ofSeconds(5);
    protected static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
    protected static final Duration KILL_GRACE = Duration.ofSeconds(1);
    /** How much later than its deadline a timeout may be seen on a loaded machine. */
    protected static final Duration SLACK = Duration.ofSeconds(15);

    private static final Pattern STARTED = Pattern.compile("started with pid (\\d+)");

    private final List<PluginProcess> started = new CopyOnWriteArrayList<>();

    /** The implementation under test, fresh for each test, with {@link #START_TIMEOUT}, {@link #CALL_TIMEOUT} and {@link #KILL_GRACE}. */
    protected abstract PluginProcesses processes();

    /** The logs {@link #processes()} writes to. */
    protected abstract PluginLogs logs();

    /** A plugin, holding {@code exec}, that offers these hooks and acts on each call's {@code do} command. */
    protected abstract ProcessSpec scripted(PluginId name, Set<Hook> hooks, OptionalInt priority);

    /** A plugin whose process runs but never sends {@code ready}. */
    protected abstract ProcessSpec neverReady(PluginId name);

    /** A plugin whose process exits with {@code code} before it sends {@code ready}. */
    protected abstract ProcessSpec exitsBeforeReady(PluginId name, int code);

    /** A plugin whose first protocol message is a {@code ready} whose {@code hooks} is not an array of strings. */
    protected abstract ProcessSpec malformedReady(PluginId name);

    /** Whether the process with this pid, a plugin's or one a plugin started, is still running. */
    protected abstract boolean running(long pid);

    @AfterEach
    void stopEverythingStarted() {
        started.forEach(PluginProcess::stop);
    }

    @Test
    void aStartedProcessIsReadyWithTheHooksAndPriorityItAnnounced() {
        PluginProcess process = start(scripted(id("alpha"), Set.of(Hook.ON_REQUEST, Hook.ON_ACTION), OptionalInt.of(7)));

        assertTrue(process.pid() > 0);
        assertTrue(running(process.pid()));
        assertEquals(Set.of(Hook.ON_REQUEST, Hook.ON_ACTION), process.offeredHooks());
        assertEquals(OptionalInt.of(7), process.readyPriority());
        List<String> host = hostLines(id("alpha"));
        assertTrue(host.contains("started with pid " + process.pid()), host::toString);
        assertTrue(host.stream().anyMatch(line -> line.startsWith("ready")), host::toString);
    }

    @Test
    void withoutAPriorityInReadyThereIsNone() {
        PluginProcess process = start(scripted(id("alpha"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));

        assertEquals(OptionalInt.empty(), process.readyPriority());
    }

    @Test
    void aCallIsAnsweredWithItsJsonValueExactly() {
        PluginProcess process = start(scripted(id("echo"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));
        JsonValue value = object(
                "text", new JsonString("héllo ✓ 😀 \"quoted\"\n"),
                "number", new JsonNumber(new BigDecimal("1.5")),
                "list", new JsonArray(List.of(JsonNumber.of(1), JsonBoolean.TRUE, JsonNull.INSTANCE)),
                "nested", object("empty", JsonObject.EMPTY));

        assertEquals(new CallResult.Answered(value), await(process.call(Hook.ON_ACTION, command("echo", "value", value))));
    }

    @Test
    void anAnswerWithoutResultIsNull() {
        PluginProcess process = start(scripted(id("echo"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));

        assertEquals(new CallResult.Answered(JsonNull.INSTANCE), await(process.call(Hook.ON_ACTION, command("echo"))));
    }

    @Test
    void aPluginErrorIsFailedWithItsText() {
        PluginProcess process = start(scripted(id("failing"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));

        assertEquals(new CallResult.Failed("no such asset"),
                await(process.call(Hook.ON_ACTION, command("fail", "message", new JsonString("no such asset")))));
    }

    @Test
    void callsRunConcurrentlyAndAnswersComeAsTheyAreReady() {
        PluginProcess process = start(scripted(id("busy"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));
        List<String> answered = new CopyOnWriteArrayList<>();

        CompletableFuture<CallResult> slow = process.call(Hook.ON_ACTION,
                command("delay", "ms", JsonNumber.of(1500), "value", new JsonString("slow"))).toCompletableFuture();
        slow.thenRun(() -> answered.add("slow"));
        CompletableFuture<CallResult> fast = process.call(Hook.ON_ACTION, command("echo", "value", new JsonString("fast")))
                .toCompletableFuture();
        fast.thenRun(() -> answered.add("fast"));

        assertEquals(new CallResult.Answered(new JsonString("fast")), await(fast));
        assertEquals(new CallResult.Answered(new JsonString("slow")), await(slow));
        assertEquals(List.of("fast", "slow"), answered);
    }

    @Test
    void stderrLinesReachTheLogs() {
        PluginProcess process = start(scripted(id("chatty"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));

        await(process.call(Hook.ON_ACTION, command("log", "line", new JsonString("hello from the plugin"))));

        assertTrue(eventually(() -> logs().last(id("chatty"), 100).stream()
                .anyMatch(entry -> entry.stream().equals("stderr") && entry.line().equals("hello from the plugin"))));
    }

    @Test
    void aCallWithoutAnswerTimesOutThenTheProcessIsKilledAndItsOtherCallsCrash() {
        PluginProcess process = start(scripted(id("stuck"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));

        long sent = System.nanoTime();
        CompletionStage<CallResult> stuck = process.call(Hook.ON_ACTION, command("hang"));
        await(process.call(Hook.ON_ACTION, command("delay", "ms", JsonNumber.of(1000))));
        CompletionStage<CallResult> other = process.call(Hook.ON_ACTION, command("hang"));

        assertEquals(new CallResult.TimedOut(), await(stuck));
        Duration waited = Duration.ofNanos(System.nanoTime() - sent);
        assertTrue(waited.compareTo(CALL_TIMEOUT.minusMillis(100)) >= 0 && waited.compareTo(CALL_TIMEOUT.plus(SLACK)) < 0,
                () -> "timed out after " + waited);
        assertInstanceOf(CallResult.Crashed.class, await(other));
        ProcessExit exit = await(process.exited());
        assertFalse(exit.requested());
        assertTrue(exit.reason().contains("got no answer within"), exit.reason());
        assertFalse(running(process.pid()));
        assertTrue(hostLines(id("stuck")).stream().anyMatch(line -> line.contains("got no answer within")));
        assertEquals(new CallResult.NotSent("the process is not running"), await(process.call(Hook.ON_ACTION, command("echo"))));
    }

    @Test
    void anExitDuringACallCrashesItAndIsReportedAsAnUnrequestedExit() {
        PluginProcess process = start(scripted(id("quitter"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));

        CallResult result = await(process.call(Hook.ON_ACTION, command("exit", "code", JsonNumber.of(3))));

        assertInstanceOf(CallResult.Crashed.class, result);
        ProcessExit exit = await(process.exited());
        assertFalse(exit.requested());
        assertEquals(OptionalInt.of(3), exit.exitCode());
        assertEquals("exited with code 3", exit.reason());
        assertTrue(hostLines(id("quitter")).contains("exited with code 3"), () -> hostLines(id("quitter")).toString());
    }

    @Test
    void aStopEndsCallsInFlightAndEveryProcessThePluginStarted() {
        PluginProcess process = start(scripted(id("parent"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));
        CallResult spawned = await(process.call(Hook.ON_ACTION, command("spawn")));
        long child = ((JsonNumber) ((CallResult.Answered) spawned).result()).value().longValueExact();
        assertTrue(running(child));
        CompletionStage<CallResult> pending = process.call(Hook.ON_ACTION, command("hang"));

        process.stop();

        assertInstanceOf(CallResult.Crashed.class, await(pending));
        assertTrue(await(process.exited()).requested());
        assertFalse(running(process.pid()));
        assertFalse(running(child));
        assertEquals(new CallResult.NotSent("the process is not running"), await(process.call(Hook.ON_ACTION, command("echo"))));
    }

    @Test
    void aHookTheProcessDoesNotOfferIsNotSent() {
        PluginProcess process = start(scripted(id("narrow"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));

        assertEquals(new CallResult.NotSent("the process does not offer onRequest"),
                await(process.call(Hook.ON_REQUEST, command("echo"))));
    }

    @Test
    void aCallOverOneMebibyteIsNotSentAndTheProcessGoesOn() {
        PluginProcess process = start(scripted(id("big"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));

        CallResult tooLarge = await(process.call(Hook.ON_ACTION, command("echo", "value", new JsonString("x".repeat(1024 * 1024)))));

        assertEquals(new CallResult.NotSent("payload too large"), tooLarge);
        JsonString large = new JsonString("y".repeat(1024 * 1024 - 100));
        assertEquals(new CallResult.Answered(large), await(process.call(Hook.ON_ACTION, command("echo", "value", large))));
    }

    @Test
    void anEntryThatMatchesItsPinStarts() throws IOException {
        ProcessSpec spec = scripted(id("pinned"), Set.of(Hook.ON_ACTION), OptionalInt.empty());
        Integrity pin = Integrity.of(Algorithm.SHA384, Files.readAllBytes(spec.pluginDir().resolve(spec.main().value())));

        PluginProcess process = start(withIntegrity(spec, pin));

        assertEquals(new CallResult.Answered(JsonNull.INSTANCE), await(process.call(Hook.ON_ACTION, command("echo"))));
    }

    @Test
    void anEntryThatDoesNotMatchItsPinStartsNothing() throws IOException {
        ProcessSpec spec = scripted(id("tampered"), Set.of(Hook.ON_ACTION), OptionalInt.empty());
        byte[] entry = Files.readAllBytes(spec.pluginDir().resolve(spec.main().value()));
        Integrity pin = Integrity.of(Algorithm.SHA256, "the bytes that were pinned".getBytes(StandardCharsets.UTF_8));

        IntegrityMismatchException mismatch = assertThrows(IntegrityMismatchException.class,
                () -> processes().start(withIntegrity(spec, pin)));

        assertEquals("Integrity mismatch: expected " + pin + ", got " + Integrity.of(Algorithm.SHA256, entry), mismatch.getMessage());
        assertTrue(startedPids(id("tampered")).isEmpty());
        assertTrue(hostLines(id("tampered")).stream().anyMatch(line -> line.contains("integrity")), () -> hostLines(id("tampered")).toString());
    }

    @Test
    void aProcessThatNeverSendsReadyFailsTheStartAfterTheStartTimeoutAndIsStopped() {
        long begun = System.nanoTime();

        PluginTimeoutException timeout = assertThrows(PluginTimeoutException.class, () -> processes().start(neverReady(id("mute"))));

        Duration waited = Duration.ofNanos(System.nanoTime() - begun);
        assertTrue(waited.compareTo(START_TIMEOUT.minusMillis(100)) >= 0 && waited.compareTo(START_TIMEOUT.plus(SLACK)) < 0,
                () -> "gave up after " + waited);
        assertEquals("Plugin 'mute' was not ready within 5 s", timeout.getMessage());
        List<Long> pids = startedPids(id("mute"));
        assertEquals(1, pids.size());
        assertFalse(running(pids.get(0)));
    }

    @Test
    void anExitBeforeReadyFailsTheStartWithItsCode() {
        PluginErrorException failure = assertThrows(PluginErrorException.class,
                () -> processes().start(exitsBeforeReady(id("crasher"), 1)));

        assertEquals("Plugin 'crasher' exited with code 1 before it was ready; see its logs", failure.getMessage());
        assertTrue(hostLines(id("crasher")).contains("exited with code 1"), () -> hostLines(id("crasher")).toString());
    }

    @Test
    void aMalformedReadyFailsTheStartAndStopsTheProcess() {
        PluginErrorException failure = assertThrows(PluginErrorException.class,
                () -> processes().start(malformedReady(id("garbled"))));

        assertTrue(failure.getMessage().startsWith("Plugin 'garbled' sent a malformed ready message"), failure.getMessage());
        assertTrue(failure.getMessage().contains("hooks must be an array of strings"), failure.getMessage());
        startedPids(id("garbled")).forEach(pid -> assertFalse(running(pid)));
    }

    @Test
    void aRequestedStopIsReportedAsRequested() {
        PluginProcess process = start(scripted(id("calm"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));

        process.stop();
        process.stop();

        ProcessExit exit = await(process.exited());
        assertTrue(exit.requested());
        assertFalse(running(process.pid()));
    }

    @Test
    void processesOfDifferentPluginsAreIndependent() {
        PluginProcess stuck = start(scripted(id("stuck"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));
        PluginProcess healthy = start(scripted(id("healthy"), Set.of(Hook.ON_ACTION), OptionalInt.empty()));

        CompletionStage<CallResult> hanging = stuck.call(Hook.ON_ACTION, command("hang"));
        for (int i = 0; i < 20; i++) {
            assertEquals(new CallResult.Answered(JsonNumber.of(i)),
                    await(healthy.call(Hook.ON_ACTION, command("echo", "value", JsonNumber.of(i)))));
        }

        assertFalse(hanging.toCompletableFuture().isDone());
        assertTrue(running(healthy.pid()));
    }

    // --- helpers ---

    protected final PluginProcess start(ProcessSpec spec) {
        PluginProcess process = processes().start(spec);
        started.add(process);
        return process;
    }

    protected static PluginId id(String name) {
        return new PluginId(name);
    }

    protected static ProcessSpec withIntegrity(ProcessSpec spec, Integrity pin) {
        return new ProcessSpec(spec.name(), spec.version(), spec.pluginDir(), spec.dataDir(), spec.main(), spec.permissions(),
                Optional.of(pin));
    }

    /** {@code {"do": action, key1: value1, ...}} */
    protected static JsonObject command(String action, Object... members) {
        Map<String, JsonValue> command = new LinkedHashMap<>();
        command.put("do", new JsonString(action));
        for (int i = 0; i < members.length; i += 2) {
            command.put((String) members[i], (JsonValue) members[i + 1]);
        }
        return new JsonObject(command);
    }

    protected static JsonObject object(Object... members) {
        Map<String, JsonValue> object = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            object.put((String) members[i], (JsonValue) members[i + 1]);
        }
        return new JsonObject(object);
    }

    protected static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(CALL_TIMEOUT.plus(KILL_GRACE).plus(SLACK).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("no outcome in time", e);
        }
    }

    protected final List<String> hostLines(PluginId plugin) {
        return logs().last(plugin, 500).stream().filter(entry -> entry.stream().equals("host")).map(LogEntry::line).toList();
    }

    /** The pids the runtime logged as started for this plugin. */
    protected final List<Long> startedPids(PluginId plugin) {
        List<Long> pids = new ArrayList<>();
        for (String line : hostLines(plugin)) {
            Matcher matcher = STARTED.matcher(line);
            if (matcher.matches()) {
                pids.add(Long.parseLong(matcher.group(1)));
            }
        }
        return pids;
    }

    /** Polls a condition until it holds or a generous deadline passes. */
    protected static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + SLACK.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
