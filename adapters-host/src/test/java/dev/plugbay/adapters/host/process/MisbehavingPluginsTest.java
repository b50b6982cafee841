package dev.plugbay.adapters.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.host.logs.MemoryPluginLogs;
import dev.plugbay.adapters.host.testing.RuntimeTestBase;
import dev.plugbay.adapters.host.testing.TestHost;
import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.application.port.out.host.LogEntry;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.application.port.out.host.ProcessExit;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.error.PluginTimeoutException;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Permission;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * Plugins that misbehave in every way issue 14 lists never take Plugbay down, never block another
 * plugin, and leave no process behind once stopped.
 */
class MisbehavingPluginsTest extends RuntimeTestBase {

    private static final String HEALTHY = "export const onAction = ({ n }) => n;\n";

    @Test
    void aPluginHoldingExecThatStartsSleepLeavesNoSleepRunningOnceStopped() {
        PluginProcess plugin = start(folders.plugin("sleeper", "index.mjs", """
                import { spawn } from 'node:child_process';
                export const onAction = () => spawn('sleep', ['600'], { stdio: 'ignore' }).pid;
                """, Set.of(Permission.EXEC)));
        long sleep = number(call(plugin, Hook.ON_ACTION, "{}"));
        assertTrue(TestHost.running(sleep));

        plugin.stop();

        assertFalse(TestHost.running(sleep));
        assertFalse(TestHost.running(plugin.pid()));
    }

    @Test
    void grandchildrenThatDoubleForkedOrIgnoreSigtermAreKilledToo() {
        PluginProcess plugin = start(folders.plugin("forker", "index.mjs", """
                import { execFileSync } from 'node:child_process';
                // sh starts sleep in the background and exits at once: sleep is orphaned, no longer a descendant.
                export const onAction = ({ trap }) => Number(execFileSync('sh',
                  ['-c', `${trap ? "trap '' TERM; " : ''}sleep 600 >/dev/null 2>&1 & echo $!`]).toString().trim());
                """, Set.of(Permission.EXEC)));
        long orphan = number(call(plugin, Hook.ON_ACTION, "{\"trap\": false}"));
        long stubborn = number(call(plugin, Hook.ON_ACTION, "{\"trap\": true}"));
        assertTrue(TestHost.running(orphan) && TestHost.running(stubborn));
        assertFalse(ProcessHandle.of(plugin.pid()).orElseThrow().descendants().anyMatch(child -> child.pid() == orphan));

        plugin.stop();

        assertFalse(TestHost.running(orphan));
        assertFalse(TestHost.running(stubborn));
    }

    @Test
    void aPluginThatIgnoresSigtermIsKilledAfterTheGrace() {
        PluginProcess plugin = start(folders.plugin("stubborn", "index.mjs", """
                // Neither the end of stdin (the host script's cue to exit) nor SIGTERM ends this one.
                process.exit = () => console.error('refusing to exit');
                process.on('SIGTERM', () => console.error('ignoring SIGTERM'));
                setInterval(() => {}, 1 << 30);
                export const onAction = () => 'alive';
                """, Set.of()));
        long begun = System.nanoTime();

        plugin.stop();

        Duration took = Duration.ofNanos(System.nanoTime() - begun);
        assertTrue(took.compareTo(KILL_GRACE) >= 0, () -> "stopped after " + took);
        ProcessExit exit = await(plugin.exited());
        assertEquals(OptionalInt.of(9), exit.signal());
        assertTrue(exit.requested());
        assertFalse(TestHost.running(plugin.pid()));
        assertTrue(lines("stubborn", "stderr").contains("ignoring SIGTERM"));
    }

    @Test
    void garbageOnStdoutIsLoggedAndStrayResultsAreDroppedWhileCallsGoOn() {
        PluginProcess plugin = start(folders.plugin("noisy", "index.mjs", """
                export function onAction() {
                  process.stdout.write('not json at all\\n');
                  process.stdout.write('{"type":"unknown"}\\n');
                  process.stdout.write('[1, 2]\\n');
                  process.stdout.write('{"type":"result","id":999,"result":1}\\n');
                  process.stdout.write('{"type":"result","id":"x","result":1}\\n');
                  process.stdout.write('{"type":"ready","hooks":[]}\\n');
                  process.stdout.write('\\xff\\xfe broken utf-8\\n');
                  return 'still answering';
                }
                """, Set.of()));

        assertEquals(answered("\"still answering\""), call(plugin, Hook.ON_ACTION, "{}"));

        eventually("the garbage in the logs", () -> lines("noisy", "stdout").size() >= 4);
        assertEquals(List.of("not json at all", "{\"type\":\"unknown\"}", "[1, 2]", "ÿþ broken utf-8"), lines("noisy", "stdout"));
        List<String> host = lines("noisy", "host");
        assertTrue(host.contains("dropped the result of call 999, which is not in flight"), host::toString);
        assertTrue(host.contains("a result without a positive integer id was dropped: \"x\""), host::toString);
        assertTrue(host.contains("a later ready message was ignored"), host::toString);
        assertEquals(answered("\"still answering\""), call(plugin, Hook.ON_ACTION, "{}"));
    }

    @Test
    void invalidUtf8OnStderrBecomesTheReplacementCharacter() {
        PluginProcess plugin = start(folders.plugin("bytes", "index.mjs", """
                export function onAction() {
                  process.stderr.write(Buffer.from([0x61, 0xff, 0x62, 0xe2, 0x82, 0x0a]));
                  return null;
                }
                """, Set.of()));

        call(plugin, Hook.ON_ACTION, "{}");

        eventually("the line", () -> lines("bytes", "stderr").contains("a\uFFFDb\uFFFD"));
    }

    @Test
    void a100MegabyteStderrLineIsOneTruncatedEntryReadInFixedMemoryWhileOthersAreServed() {
        PluginProcess flood = start(folders.plugin("flood", "index.mjs", """
                const chunk = Buffer.alloc(1024 * 1024, 'x');
                export function onAction() {
                  for (let i = 0; i < 100; i++) process.stderr.write(chunk);
                  process.stderr.write('\\nafter the flood\\n');
                  return 'flooded';
                }
                """, Set.of()));
        PluginProcess healthy = start(folders.plugin("healthy", "index.mjs", HEALTHY, Set.of()));
        long reader = threadId("plugin-flood-stderr");
        long allocatedBefore = allocated(reader);

        CompletionStage<CallResult> flooding = flood.call(Hook.ON_ACTION, json("{}"));
        for (int i = 0; i < 20; i++) {
            assertEquals(answered(Integer.toString(i)), call(healthy, Hook.ON_ACTION, "{\"n\": " + i + "}"));
        }
        assertEquals(answered("\"flooded\""), await(flooding));

        eventually("the line after the flood", () -> lines("flood", "stderr").contains("after the flood"));
        List<LogEntry> floodLines = logLines("flood").stream()
                .filter(entry -> entry.stream().equals("stderr") && entry.line().startsWith("x")).toList();
        assertEquals(1, floodLines.size());
        assertEquals("x".repeat(MemoryPluginLogs.MAX_LINE_CHARS), floodLines.get(0).line());
        assertTrue(floodLines.get(0).truncated());
        long allocated = allocated(reader) - allocatedBefore;
        assertTrue(allocated < 8 * 1024 * 1024, () -> "the stderr reader allocated " + allocated + " bytes for 100 MB");
    }

    @Test
    void aStdoutLineOverOneMebibyteIsNotParsedAndItsCallEndsAsATimeout() {
        PluginProcess plugin = start(folders.plugin("huge", "index.mjs", """
                export const onAction = ({ size }) => 'y'.repeat(size);
                """, Set.of()));

        assertEquals(new CallResult.TimedOut(), call(plugin, Hook.ON_ACTION, "{\"size\": 2097152}"));

        List<LogEntry> stdout = logLines("huge").stream().filter(entry -> entry.stream().equals("stdout")).toList();
        assertEquals(1, stdout.size());
        assertEquals(MemoryPluginLogs.MAX_LINE_CHARS, stdout.get(0).line().length());
        assertTrue(stdout.get(0).line().startsWith("{\"type\":\"result\",\"id\":1,\"result\":\"yyy"));
        assertTrue(stdout.get(0).truncated());
        assertTrue(lines("huge", "host").contains("a stdout line over 1 MiB was not parsed; its first 4,000 characters are logged"));
    }

    @Test
    void pluginsThatNeverGetReadyOrExitAtOnceDoNotHoldUpAnother() {
        PluginProcess healthy = start(folders.plugin("healthy", "index.mjs", HEALTHY, Set.of()));
        CompletableFuture<Throwable> mute = CompletableFuture.supplyAsync(() -> assertThrows(PluginTimeoutException.class,
                () -> start(folders.plugin("mute", "index.mjs", "setInterval(() => {}, 1 << 30);\nawait new Promise(() => {});\n", Set.of()))));
        eventually("the mute plugin started", () -> lines("mute", "host").stream().anyMatch(line -> line.startsWith("started with pid")));

        PluginErrorException quitter = assertThrows(PluginErrorException.class,
                () -> start(folders.plugin("quitter", "index.js", "process.exit(2);\n", Set.of())));
        for (int i = 0; i < 10; i++) {
            assertEquals(answered(Integer.toString(i)), call(healthy, Hook.ON_ACTION, "{\"n\": " + i + "}"));
        }
        assertFalse(mute.isDone());

        assertEquals("Plugin 'quitter' exited with code 2 before it was ready; see its logs", quitter.getMessage());
        assertInstanceOf(PluginTimeoutException.class, await(mute));
        assertEquals(answered("10"), call(healthy, Hook.ON_ACTION, "{\"n\": 10}"));
    }

    @Test
    void aPluginKilledFromOutsideIsAnUnrequestedExitBySignal() {
        PluginProcess plugin = start(folders.plugin("victim", "index.mjs", HEALTHY, Set.of()));

        ProcessHandle.of(plugin.pid()).orElseThrow().destroyForcibly();

        ProcessExit exit = await(plugin.exited());
        assertFalse(exit.requested());
        assertEquals(OptionalInt.of(9), exit.signal());
        assertEquals(OptionalInt.empty(), exit.exitCode());
        assertEquals("was killed by signal 9", exit.reason());
    }

    private static long number(CallResult result) {
        return ((JsonNumber) ((CallResult.Answered) result).result()).value().longValueExact();
    }

    private static long threadId(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no thread " + name)).getId();
    }

    /** Bytes the thread has allocated on the heap so far (HotSpot's per-thread counter). */
    private static long allocated(long threadId) {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(threadId);
    }
}
