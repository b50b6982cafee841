package dev.plugbay.adapters.host.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.application.port.out.host.SandboxReport;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.manifest.Permission;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The command lines and reports for each kind of machine, without running anything. */
class SandboxedLaunchTest {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Path UNSHARE = Path.of("/usr/bin/unshare");
    private static final Path SCRIPT = Path.of("/home/p/runtime/plugbay-host-1.mjs");
    private static final PluginFiles FILES = new PluginFiles(Path.of("/home/p/plugins/x"), Path.of("/home/p/plugins/x/index.js"),
            Path.of("/home/p/plugin-data/x"));
    private static final NodeRuntime NODE_20 = new NodeRuntime(Path.of("/usr/bin/node"), "v20.20.2",
            Optional.of("--experimental-permission"),
            Set.of("--allow-fs-read", "--allow-fs-write", "--allow-child-process", "--allow-worker", "--allow-addons", "--allow-wasi"), true);
    private static final NodeRuntime NODE_25 = new NodeRuntime(Path.of("/usr/bin/node"), "v25.0.0", Optional.of("--permission"),
            Set.of("--allow-fs-read", "--allow-fs-write", "--allow-child-process", "--allow-worker", "--allow-net"), true);
    private static final EntryPath JS = new EntryPath("index.js");

    @Test
    void aNodePluginHoldingNothingReadsItsFolderAndTheScriptOnlyInAnEmptyNetwork() {
        assertEquals(List.of("/usr/bin/setsid", "/usr/bin/unshare", "--net", "--", "/usr/bin/node", "--experimental-permission",
                        "--allow-fs-read=/home/p/plugins/x", "--allow-fs-read=" + SCRIPT, SCRIPT.toString(), "/home/p/plugins/x/index.js"),
                launch(NODE_20, NetworkIsolation.asRoot(UNSHARE)).command(Set.of(), JS, FILES));
    }

    @Test
    void fileWriteAddsTheDataFolderExecTheProcessFlagsFileReadEverything() {
        assertEquals(List.of("/usr/bin/setsid", "/usr/bin/unshare", "--user", "--net", "--", "/usr/bin/node",
                        "--experimental-permission", "--allow-fs-read=*", "--allow-fs-write=/home/p/plugin-data/x",
                        "--allow-child-process", "--allow-worker", "--allow-addons", "--allow-wasi", SCRIPT.toString(),
                        "/home/p/plugins/x/index.js"),
                launch(NODE_20, NetworkIsolation.asUser(UNSHARE)).command(
                        Set.of(Permission.FILE_READ, Permission.FILE_WRITE, Permission.EXEC), JS, FILES));
        assertEquals(List.of("/usr/bin/setsid", "/usr/bin/node", "--experimental-permission", "--allow-fs-read=/home/p/plugins/x",
                        "--allow-fs-read=" + SCRIPT, "--allow-fs-read=/home/p/plugin-data/x", "--allow-fs-write=/home/p/plugin-data/x",
                        SCRIPT.toString(), "/home/p/plugins/x/index.js"),
                launch(NODE_20, NetworkIsolation.asRoot(UNSHARE)).command(Set.of(Permission.FILE_WRITE, Permission.NETWORK), JS, FILES));
    }

    @Test
    void aNodeWithThePermissionFlagAndAllowNetGetsBoth() {
        assertEquals(List.of("/usr/bin/setsid", "/usr/bin/node", "--permission", "--allow-fs-read=/home/p/plugins/x",
                        "--allow-fs-read=" + SCRIPT, "--allow-child-process", "--allow-worker", "--allow-net", SCRIPT.toString(),
                        "/home/p/plugins/x/index.js"),
                launch(NODE_25, NetworkIsolation.NONE).command(Set.of(Permission.NETWORK, Permission.EXEC), JS, FILES));
    }

    @Test
    void aNodeThatTakesCommaListsGetsOneFlagAndRefusesAPathWithAComma() {
        NodeRuntime commas = new NodeRuntime(NODE_20.executable(), "v20.0.0", NODE_20.permissionFlag(), NODE_20.allowFlags(), false);

        assertEquals(List.of("/usr/bin/setsid", "/usr/bin/node", "--experimental-permission",
                        "--allow-fs-read=/home/p/plugins/x," + SCRIPT, SCRIPT.toString(), "/home/p/plugins/x/index.js"),
                launch(commas, NetworkIsolation.NONE).command(Set.of(), JS, FILES));
        PluginFiles withComma = new PluginFiles(Path.of("/home/a,b/plugins/x"), Path.of("/home/a,b/plugins/x/index.js"), FILES.dataDir());
        assertThrows(PluginErrorException.class, () -> launch(commas, NetworkIsolation.NONE).command(Set.of(), JS, withComma));
    }

    @Test
    void anyOtherEntryIsExecutedDirectly() {
        PluginFiles python = new PluginFiles(FILES.pluginDir(), Path.of("/home/p/plugins/x/plugin.py"), FILES.dataDir());

        assertEquals(List.of("/usr/bin/setsid", "/usr/bin/unshare", "--net", "--", "/home/p/plugins/x/plugin.py"),
                launch(NODE_20, NetworkIsolation.asRoot(UNSHARE)).command(Set.of(Permission.EXEC), new EntryPath("plugin.py"), python));
    }

    @Test
    void withoutSetsidOrNodeTheStartFailsSayingWhy() {
        SandboxedLaunch noSetsid = new SandboxedLaunch(new HostCapabilities(Optional.empty(), NetworkIsolation.NONE, Optional.of(NODE_20), ""),
                new PluginEnvironment(Map.of(), List.of()), SCRIPT);
        SandboxedLaunch noNode = new SandboxedLaunch(new HostCapabilities(Optional.of(SETSID), NetworkIsolation.NONE, Optional.empty(),
                "'node' is not an executable on PATH"), new PluginEnvironment(Map.of(), List.of()), SCRIPT);

        assertEquals("Plugin processes need setsid (util-linux), which is not on this machine's PATH",
                assertThrows(PluginErrorException.class, () -> noSetsid.command(Set.of(), JS, FILES)).getMessage());
        assertEquals("Node.js is not available to run this plugin: 'node' is not an executable on PATH (plugbay.runtime.node)",
                assertThrows(PluginErrorException.class, () -> noNode.command(Set.of(), JS, FILES)).getMessage());
    }

    @Test
    void whatCannotBeEnforcedIsReportedUnenforced() {
        NodeRuntime node18 = new NodeRuntime(NODE_20.executable(), "v18.19.0", Optional.empty(), Set.of(), false);

        SandboxReport old = launch(node18, NetworkIsolation.NONE).report(Set.of(Permission.ENV), JS);

        assertEquals(Map.of(Permission.NETWORK, "unenforced", Permission.FILE_READ, "unenforced", Permission.FILE_WRITE, "unenforced",
                Permission.ENV, "granted", Permission.EXEC, "unenforced"), old.byPermission());
        assertEquals(Set.of("network", "file-read", "file-write", "exec"), old.unenforced());
    }

    private static SandboxedLaunch launch(NodeRuntime node, NetworkIsolation network) {
        return new SandboxedLaunch(new HostCapabilities(Optional.of(SETSID), network, Optional.of(node), ""),
                new PluginEnvironment(Map.of(), List.of()), SCRIPT);
    }
}
