package dev.plugbay.adapters.host.testing;

import dev.plugbay.adapters.host.RuntimeSettings;
import dev.plugbay.adapters.host.logs.MemoryPluginLogs;
import dev.plugbay.adapters.host.process.ProcessRuntime;
import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.application.port.out.host.LogEntry;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real runtime over a temporary home, closed (every process stopped) after each test. */
public abstract class RuntimeTestBase {

    protected static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    protected static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    protected static final Duration KILL_GRACE = Duration.ofSeconds(1);
    protected static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    protected Path root;

    protected MemoryPluginLogs logs;
    protected ProcessRuntime runtime;
    protected PluginFolders folders;

    @BeforeEach
    void openRuntime() {
        logs = new MemoryPluginLogs(500, Clock.systemUTC());
        runtime = TestHost.runtime(settings(), home(), logs);
        folders = new PluginFolders(root);
    }

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    /** The settings the runtime is built with; tests may override. */
    protected RuntimeSettings settings() {
        return TestHost.settings(START_TIMEOUT, CALL_TIMEOUT, KILL_GRACE);
    }

    protected Path home() {
        return root.resolve("home");
    }

    protected PluginProcess start(ProcessSpec spec) {
        return runtime.start(spec);
    }

    protected static CallResult call(PluginProcess process, Hook hook, String payloadJson) {
        return await(process.call(hook, JsonReader.parse(payloadJson)));
    }

    protected static CallResult answered(String json) {
        return new CallResult.Answered(json(json));
    }

    protected static JsonValue json(String text) {
        return JsonReader.parse(text);
    }

    protected static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("no outcome within " + DEADLINE, e);
        }
    }

    protected List<LogEntry> logLines(String plugin) {
        return logs.last(new PluginId(plugin), 500);
    }

    protected List<String> lines(String plugin, String stream) {
        return logLines(plugin).stream().filter(entry -> entry.stream().equals(stream)).map(LogEntry::line).toList();
    }

    /** Polls until the condition holds, failing after a generous deadline. */
    protected static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + DEADLINE + ": " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
