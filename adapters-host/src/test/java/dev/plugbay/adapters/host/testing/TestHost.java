package dev.plugbay.adapters.host.testing;

import dev.plugbay.adapters.host.RuntimeSettings;
import dev.plugbay.adapters.host.logs.MemoryPluginLogs;
import dev.plugbay.adapters.host.process.ProcessRuntime;
import dev.plugbay.adapters.host.sandbox.HostCapabilities;
import dev.plugbay.adapters.host.sandbox.PluginEnvironment;
import dev.plugbay.adapters.host.sandbox.SandboxProbe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** This machine as the tests see it: probed once per test run, and runtimes built on that probe. */
public final class TestHost {

    /** What this machine can do, probed once (its scratch files in this module's {@code target}). */
    public static final HostCapabilities CAPABILITIES =
            SandboxProbe.withScratch(System.getenv(), SandboxProbe.runningAsRoot(), Path.of("target", "sandbox-probe")).probe("node");

    public static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");

    private TestHost() {
    }

    public static RuntimeSettings settings(Duration start, Duration call, Duration grace) {
        return new RuntimeSettings("node", start, call, grace, 500, List.of(), false, 100);
    }

    /** A runtime whose plugins see {@code environment} as Plugbay's own. */
    public static ProcessRuntime runtime(RuntimeSettings settings, Path home, MemoryPluginLogs logs, Map<String, String> environment) {
        if (CAPABILITIES.node().isEmpty()) {
            throw new AssertionError("These tests need Node.js 20 or newer as 'node' on PATH (Debian: apt-get install nodejs): "
                    + CAPABILITIES.nodeProblem());
        }
        return new ProcessRuntime(settings, new PluginEnvironment(environment, settings.envPassthrough()), CAPABILITIES,
                home.resolve("runtime"), logs, Clock.systemUTC());
    }

    public static ProcessRuntime runtime(RuntimeSettings settings, Path home, MemoryPluginLogs logs) {
        return runtime(settings, home, logs, System.getenv());
    }

    /** Whether a process runs: it exists and is not a zombie (this machine's init does not reap orphans). */
    public static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.ISO_8859_1);
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
