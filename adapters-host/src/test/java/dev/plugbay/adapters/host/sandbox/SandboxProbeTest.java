package dev.plugbay.adapters.host.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe on this machine (Debian, Node 20, util-linux; the tests run as root here, and as any user in CI). */
class SandboxProbeTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("PATH", System.getenv("PATH"));

    @TempDir
    Path scratch;

    @Test
    void nodeTwentyHasThePermissionModelBehindTheExperimentalFlagAndTakesRepeatedPathFlags() {
        NodeRuntime node = SandboxProbe.withScratch(ENVIRONMENT, SandboxProbe.runningAsRoot(), scratch).probe("node").node()
                .orElseThrow(() -> new AssertionError("these tests need Node.js on PATH"));
        assumeTrue(node.version().startsWith("v20."), "this check describes Node 20; found " + node.version());

        assertEquals(Optional.of("--experimental-permission"), node.permissionFlag());
        assertTrue(node.repeatedPathFlags(), "Node 20.20 takes one path per --allow-fs-read");
        assertTrue(node.allowFlags().containsAll(List.of("--allow-fs-read", "--allow-fs-write", "--allow-child-process", "--allow-worker")),
                node.allowFlags()::toString);
    }

    @Test
    void setsidIsFoundAndRootIsolatesTheNetworkWithUnshareNet() {
        assumeTrue(SandboxProbe.runningAsRoot(), "not running as root");

        HostCapabilities host = SandboxProbe.withScratch(ENVIRONMENT, true, scratch).probe("node");

        assertTrue(host.setsid().isPresent());
        assertEquals(List.of("--net", "--"), host.network().prefix().subList(1, host.network().prefix().size()));
    }

    @Test
    void withoutRootTheProbeTriesAUserNamespace() {
        HostCapabilities host = SandboxProbe.withScratch(ENVIRONMENT, false, scratch).probe("node");

        assumeTrue(host.network().available(), "unprivileged user namespaces do not work here");
        assertEquals(List.of("--user", "--net", "--"), host.network().prefix().subList(1, host.network().prefix().size()));
    }

    @Test
    void aNodeThatIsNotThereIsReportedWithTheReason() {
        HostCapabilities host = SandboxProbe.withScratch(ENVIRONMENT, false, scratch).probe("node-that-does-not-exist");

        assertTrue(host.node().isEmpty());
        assertEquals("'node-that-does-not-exist' is not an executable on PATH", host.nodeProblem());
        assertTrue(host.describe().contains("Node.js unavailable ('node-that-does-not-exist' is not an executable on PATH)"),
                host.describe());
    }

    @Test
    void withoutPathNothingIsFoundAndNothingIsEnforced() {
        HostCapabilities host = SandboxProbe.withScratch(Map.of(), false, scratch).probe("node");

        assertTrue(host.setsid().isEmpty());
        assertEquals(NetworkIsolation.NONE, host.network());
        assertTrue(host.node().isEmpty());
    }

    @Test
    void aProbeRemovesTheScratchAServerKilledWhileProbingLeft() throws IOException {
        Files.createDirectories(scratch.resolve("node-probe1/a"));
        Files.createFile(scratch.resolve("probe2.out"));

        SandboxProbe.withScratch(ENVIRONMENT, SandboxProbe.runningAsRoot(), scratch).probe("node");

        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList());
        }
    }

    /** Other programs on this machine may use the temporary directory meanwhile: only a probe's names count. */
    @Test
    void theProbeCreatesNothingInTheTemporaryDirectory() throws IOException, InterruptedException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (WatchService watcher = temporary.getFileSystem().newWatchService()) {
            temporary.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);

            SandboxProbe.withScratch(ENVIRONMENT, SandboxProbe.runningAsRoot(), scratch).probe("node");

            Path marker = Files.createTempFile(temporary, "sandbox-probe-test", ".end");
            Files.delete(marker);
            List<String> created = createdUntil(watcher, marker.getFileName());
            assertEquals(List.of(), created.stream().filter(name -> name.contains("probe")).toList());
        }
    }

    /** The names created up to {@code marker}: the watcher reports them in order. */
    private static List<String> createdUntil(WatchService watcher, Path marker) throws InterruptedException {
        List<String> created = new ArrayList<>();
        while (true) {
            WatchKey key = watcher.poll(10, TimeUnit.SECONDS);
            assertNotNull(key, "the watcher reported no end marker");
            for (WatchEvent<?> event : key.pollEvents()) {
                if (marker.equals(event.context())) {
                    return created;
                }
                created.add(String.valueOf(event.context()));
            }
            key.reset();
        }
    }
}
