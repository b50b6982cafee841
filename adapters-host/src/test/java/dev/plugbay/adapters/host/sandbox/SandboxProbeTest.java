package dev.plugbay.adapters.host.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The probe on this machine (Debian, Node 20, util-linux; the tests run as root here, and as any user in CI). */
class SandboxProbeTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("PATH", System.getenv("PATH"));

    @Test
    void nodeTwentyHasThePermissionModelBehindTheExperimentalFlagAndTakesRepeatedPathFlags() {
        NodeRuntime node = new SandboxProbe(ENVIRONMENT, SandboxProbe.runningAsRoot()).probe("node").node()
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

        HostCapabilities host = new SandboxProbe(ENVIRONMENT, true).probe("node");

        assertTrue(host.setsid().isPresent());
        assertEquals(List.of("--net", "--"), host.network().prefix().subList(1, host.network().prefix().size()));
    }

    @Test
    void withoutRootTheProbeTriesAUserNamespace() {
        HostCapabilities host = new SandboxProbe(ENVIRONMENT, false).probe("node");

        assumeTrue(host.network().available(), "unprivileged user namespaces do not work here");
        assertEquals(List.of("--user", "--net", "--"), host.network().prefix().subList(1, host.network().prefix().size()));
    }

    @Test
    void aNodeThatIsNotThereIsReportedWithTheReason() {
        HostCapabilities host = new SandboxProbe(ENVIRONMENT, false).probe("node-that-does-not-exist");

        assertTrue(host.node().isEmpty());
        assertEquals("'node-that-does-not-exist' is not an executable on PATH", host.nodeProblem());
        assertTrue(host.describe().contains("Node.js unavailable ('node-that-does-not-exist' is not an executable on PATH)"),
                host.describe());
    }

    @Test
    void withoutPathNothingIsFoundAndNothingIsEnforced() {
        HostCapabilities host = new SandboxProbe(Map.of(), false).probe("node");

        assertTrue(host.setsid().isEmpty());
        assertEquals(NetworkIsolation.NONE, host.network());
        assertTrue(host.node().isEmpty());
    }
}
