package dev.plugbay.adapters.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.adapters.host.HomeSettings;
import dev.plugbay.adapters.host.logs.MemoryPluginLogs;
import dev.plugbay.adapters.host.testing.PluginFolders;
import dev.plugbay.adapters.host.testing.TestHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The startup probe's scratch lives in {@code <plugbay.home>/runtime/probe}: what a killed server left there goes at the next start. */
class ProbeScratchTest {

    @TempDir
    Path root;

    @Test
    void theNextStartRemovesTheProbeScratchAKilledServerLeft() throws IOException {
        Files.createDirectories(probeScratch());
        Files.createFile(probeScratch().resolve("probe1.out"));

        try (ProcessRuntime runtime = runtime()) {
            // the first launch waits for the probe
            runtime.start(new PluginFolders(root).plugin("first", "index.mjs", "export default {};\n", Set.of()));
        }

        assertEquals(List.of(), probeScratchFiles());
    }

    @Test
    void aRuntimeClosedWhileItProbesLeavesNoScratch() throws IOException {
        runtime().close();

        assertEquals(List.of(), probeScratchFiles());
    }

    private ProcessRuntime runtime() {
        return new ProcessRuntime(TestHost.settings(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(1)),
                new HomeSettings(root.resolve("home").toString()), new MemoryPluginLogs(500, Clock.systemUTC()), Clock.systemUTC());
    }

    private Path probeScratch() {
        return root.resolve("home/runtime/probe");
    }

    private List<Path> probeScratchFiles() throws IOException {
        try (Stream<Path> files = Files.list(probeScratch())) {
            return files.toList();
        }
    }
}
