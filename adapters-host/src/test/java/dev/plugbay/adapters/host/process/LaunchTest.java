package dev.plugbay.adapters.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plugbay.adapters.host.RuntimeSettings;
import dev.plugbay.adapters.host.logs.MemoryPluginLogs;
import dev.plugbay.adapters.host.testing.RuntimeTestBase;
import dev.plugbay.adapters.host.testing.TestHost;
import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.application.port.out.host.SandboxReport;
import dev.plugbay.domain.error.EnforcementUnavailableException;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Permission;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a plugin process is started with (RUNTIME.md "Processes", "Environment", "Integrity" and
 * the launch part of "Sandbox"): its checks, its session, its environment and its sandbox.
 */
class LaunchTest extends RuntimeTestBase {

    private static final String PRINT_ENV = "export const onAction = () => ({ env: process.env, cwd: process.cwd() });\n";

    @Test
    void theProcessLeadsASessionOfItsOwnInThePluginFolder() throws IOException {
        PluginProcess plugin = start(folders.plugin("leader", "index.mjs", PRINT_ENV, Set.of()));

        String stat = Files.readString(Path.of("/proc", Long.toString(plugin.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        assertEquals(Long.toString(plugin.pid()), fields[2], "process group");
        assertEquals(Long.toString(plugin.pid()), fields[3], "session");
        assertEquals(folders.folder("leader").toRealPath().toString(), string(result(plugin), "cwd"));
    }

    @Test
    void theEnvironmentHoldsTheAllowlistAndThePluginsOwnVariablesOnly() throws IOException {
        Map<String, String> plugbay = new HashMap<>(Map.of("PATH", System.getenv("PATH"), "LANG", "C.UTF-8", "TZ", "UTC",
                "PLUGBAY_JWT_SECRET", "s3cret-s3cret-s3cret-s3cret-s3cret", "NODE_OPTIONS", "--require /tmp/evil.js",
                "LD_PRELOAD", "/tmp/evil.so", "DATASOURCES_DEFAULT_PASSWORD", "pg", "USER", "plugbay", "HOSTNAME", "box"));
        plugbay.put("MICRONAUT_ENVIRONMENTS", "prod");
        plugbay.put("JAVA_TOOL_OPTIONS", "-Xmx1g");
        plugbay.put("SECRET_API_KEY", "not listed");
        ProcessRuntime withSecrets = TestHost.runtime(settings(), home(), logs, plugbay);
        try {
            ProcessSpec spec = folders.plugin("env-less", "index.mjs", PRINT_ENV, Set.of());
            JsonObject env = (JsonObject) field(result(withSecrets.start(spec)), "env");

            Path data = root.resolve("plugin-data/env-less").toRealPath();
            assertEquals(Map.of("PATH", new JsonString(System.getenv("PATH")), "LANG", new JsonString("C.UTF-8"),
                    "TZ", new JsonString("UTC"), "HOME", new JsonString(data.toString()),
                    "PLUGIN_NAME", new JsonString("env-less"), "PLUGIN_VERSION", new JsonString("1.0.0"),
                    "PLUGIN_DIR", new JsonString(folders.folder("env-less").toRealPath().toString()),
                    "PLUGIN_DATA_DIR", new JsonString(data.toString()),
                    "PLUGIN_ENTRY", new JsonString(folders.folder("env-less").resolve("index.mjs").toRealPath().toString())),
                    env.members());
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));

            JsonObject withEnv = (JsonObject) field(result(withSecrets.start(folders.plugin("env-ful", "index.mjs", PRINT_ENV,
                    Set.of(Permission.ENV)))), "env");
            assertEquals(new JsonString("plugbay"), withEnv.get("USER").orElseThrow());
            assertEquals(new JsonString("box"), withEnv.get("HOSTNAME").orElseThrow());
            for (String withheld : List.of("PLUGBAY_JWT_SECRET", "NODE_OPTIONS", "LD_PRELOAD", "DATASOURCES_DEFAULT_PASSWORD",
                    "MICRONAUT_ENVIRONMENTS", "JAVA_TOOL_OPTIONS", "SECRET_API_KEY")) {
                assertFalse(withEnv.has(withheld), withheld);
            }
            assertFalse(withEnv.toJson().contains("s3cret"), "the secret is in no variable");
        } finally {
            withSecrets.close();
        }
    }

    @Test
    void passedThroughNamesReachOnlyPluginsHoldingEnv() {
        RuntimeSettings passing = new RuntimeSettings("node", START_TIMEOUT, CALL_TIMEOUT, KILL_GRACE, 500, List.of("OPENAI_API_KEY"), false, 100);
        ProcessRuntime passThrough = TestHost.runtime(passing, home(), logs, Map.of("PATH", System.getenv("PATH"), "OPENAI_API_KEY", "sk-1"));
        try {
            JsonObject holder = (JsonObject) field(result(passThrough.start(folders.plugin("holder", "index.mjs", PRINT_ENV,
                    Set.of(Permission.ENV)))), "env");
            JsonObject other = (JsonObject) field(result(passThrough.start(folders.plugin("other", "index.mjs", PRINT_ENV,
                    Set.of()))), "env");

            assertEquals(new JsonString("sk-1"), holder.get("OPENAI_API_KEY").orElseThrow());
            assertFalse(other.has("OPENAI_API_KEY"));
        } finally {
            passThrough.close();
        }
    }

    @Test
    void withoutNetworkThePluginCannotReachALoopbackPortWithNetworkItCan() throws IOException {
        assumeTrue(TestHost.CAPABILITIES.network().available(), "no network namespace on this machine");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String connect = """
                    import net from 'node:net';
                    export const onAction = ({ port }) => new Promise((resolve) => {
                      const socket = net.connect(port, '127.0.0.1', () => { socket.destroy(); resolve('connected'); });
                      socket.on('error', (error) => resolve(error.code));
                    });
                    """;
            PluginProcess offline = start(folders.plugin("offline", "index.mjs", connect, Set.of()));
            PluginProcess online = start(folders.plugin("online", "index.mjs", connect, Set.of(Permission.NETWORK)));
            String port = "{\"port\": " + server.getLocalPort() + "}";

            assertEquals(answered("\"ENETUNREACH\""), call(offline, Hook.ON_ACTION, port));
            assertEquals(answered("\"connected\""), call(online, Hook.ON_ACTION, port));
        }
    }

    @Test
    void nodePermissionFlagsAreOnWithoutFileReadAReadOutsideTheFolderIsDenied() throws IOException {
        assumeTrue(TestHost.CAPABILITIES.node().orElseThrow().hasPermissionModel(), "this Node has no permission model");
        Path outside = Files.writeString(root.resolve("outside.txt"), "private");
        String read = """
                import fs from 'node:fs';
                export const onAction = ({ path }) => { try { return fs.readFileSync(path, 'utf8'); } catch (e) { return e.code; } };
                """;
        PluginProcess confined = start(folders.plugin("confined", "index.mjs", read, Set.of()));
        PluginProcess reader = start(folders.plugin("reader", "index.mjs", read, Set.of(Permission.FILE_READ)));
        String payload = "{\"path\": \"" + outside + "\"}";

        assertEquals(answered("\"ERR_ACCESS_DENIED\""), call(confined, Hook.ON_ACTION, payload));
        assertEquals(answered("\"private\""), call(reader, Hook.ON_ACTION, payload));
    }

    @Test
    void withoutExecSpawningAChildFailsWithExecItRuns() {
        assumeTrue(TestHost.CAPABILITIES.node().orElseThrow().hasPermissionModel(), "this Node has no permission model");
        String spawn = """
                import { execFileSync } from 'node:child_process';
                export const onAction = () => {
                  try { return execFileSync(process.execPath, ['-e', 'process.stdout.write("child ran")']).toString(); }
                  catch (e) { return e.code; }
                };
                """;
        PluginProcess withoutExec = start(folders.plugin("no-exec", "index.mjs", spawn, Set.of()));
        PluginProcess withExec = start(folders.plugin("with-exec", "index.mjs", spawn, Set.of(Permission.EXEC)));

        assertEquals(answered("\"ERR_ACCESS_DENIED\""), call(withoutExec, Hook.ON_ACTION, "{}"));
        assertEquals(answered("\"child ran\""), call(withExec, Hook.ON_ACTION, "{}"));
    }

    @Test
    void withFileWriteAPluginWritesInItsDataFolderAndNowhereElseWithoutItNowhere() throws IOException {
        assumeTrue(TestHost.CAPABILITIES.node().orElseThrow().hasPermissionModel(), "this Node has no permission model");
        String write = """
                import fs from 'node:fs';
                import path from 'node:path';
                const folders = { data: process.env.PLUGIN_DATA_DIR, plugin: process.env.PLUGIN_DIR, home: process.env.PLUGIN_DATA_DIR + '/../..' };
                export const onAction = ({ where }) => {
                  try { fs.writeFileSync(path.join(folders[where], 'written.txt'), where); return 'written'; }
                  catch (e) { return e.code; }
                };
                """;
        PluginProcess writer = start(folders.plugin("writer", "index.mjs", write, Set.of(Permission.FILE_WRITE)));
        PluginProcess confined = start(folders.plugin("read-only", "index.mjs", write, Set.of()));

        assertEquals(answered("\"written\""), call(writer, Hook.ON_ACTION, "{\"where\": \"data\"}"));
        assertEquals(answered("\"ERR_ACCESS_DENIED\""), call(writer, Hook.ON_ACTION, "{\"where\": \"plugin\"}"));
        assertEquals(answered("\"ERR_ACCESS_DENIED\""), call(writer, Hook.ON_ACTION, "{\"where\": \"home\"}"));
        assertEquals(answered("\"ERR_ACCESS_DENIED\""), call(confined, Hook.ON_ACTION, "{\"where\": \"data\"}"));

        assertEquals("data", Files.readString(root.resolve("plugin-data/writer/written.txt")));
        assertFalse(Files.exists(folders.folder("writer").resolve("written.txt")));
        assertFalse(Files.exists(root.resolve("written.txt")));
        assertFalse(Files.exists(root.resolve("plugin-data/read-only/written.txt")));
    }

    @Test
    void theSandboxReportSaysWhatEnforcesEachWithheldPermissionHere() {
        assumeTrue(TestHost.CAPABILITIES.network().available() && TestHost.CAPABILITIES.node().orElseThrow().hasPermissionModel(),
                "this machine cannot enforce every permission");
        SandboxReport node = runtime.sandbox(folders.spec("node-plugin", "index.js", Set.of(Permission.NETWORK)));
        SandboxReport python = runtime.sandbox(folders.spec("python-plugin", "plugin.py", Set.of(Permission.ENV)));

        assertEquals(Map.of(Permission.NETWORK, "granted", Permission.FILE_READ, "node-permission", Permission.FILE_WRITE,
                "node-permission", Permission.ENV, "env-allowlist", Permission.EXEC, "node-permission"), node.byPermission());
        assertEquals(Set.of(), node.unenforced());
        assertEquals(Map.of(Permission.NETWORK, "namespace", Permission.FILE_READ, "unenforced", Permission.FILE_WRITE,
                "unenforced", Permission.ENV, "granted", Permission.EXEC, "unenforced"), python.byPermission());
        assertEquals(Set.of("exec", "file-read", "file-write"), python.unenforced());
    }

    @Test
    void requiredEnforcementRefusesAPluginWithUnenforcedPermissionsAndStartsNothing() {
        RuntimeSettings strict = new RuntimeSettings("node", START_TIMEOUT, CALL_TIMEOUT, KILL_GRACE, 500, List.of(), true, 100);
        MemoryPluginLogs strictLogs = new MemoryPluginLogs(500, Clock.systemUTC());
        ProcessRuntime enforcing = TestHost.runtime(strict, home(), strictLogs);
        try {
            ProcessSpec script = folders.executable("loose", "plugin.sh", "#!/bin/sh\nexit 0\n",
                    Set.of(Permission.FILE_READ, Permission.FILE_WRITE));

            EnforcementUnavailableException refused = assertThrows(EnforcementUnavailableException.class, () -> enforcing.start(script));

            assertEquals("Plugin 'loose' withholds permissions this machine cannot enforce: exec"
                    + " (plugbay.runtime.require-enforcement is on)", refused.getMessage());
            assertTrue(strictLogs.last(script.name(), 10).stream().noneMatch(entry -> entry.line().startsWith("started")));
        } finally {
            enforcing.close();
        }
    }

    @Test
    void anEntryRunDirectlyMustBeExecutableByItsOwner() {
        ProcessSpec notExecutable = folders.plugin("plain", "plugin.py", "#!/usr/bin/python3\n", Set.of());

        PluginErrorException refused = assertThrows(PluginErrorException.class, () -> start(notExecutable));

        assertEquals("entry file is not executable", refused.getMessage());
        assertTrue(lines("plain", "host").contains("not started: entry file is not executable"));
    }

    @Test
    void theEntryMustExistInsideAnExistingFolder() throws IOException {
        assertEquals("Plugin folder is missing", assertThrows(PluginErrorException.class,
                () -> start(folders.spec("nowhere", "index.js", Set.of()))).getMessage());

        ProcessSpec missing = folders.plugin("missing", "index.js", "", Set.of());
        assertEquals("entry file not found: lib/main.js", assertThrows(PluginErrorException.class,
                () -> start(folders.spec("missing", "lib/main.js", Set.of()))).getMessage());

        Path secret = Files.writeString(root.resolve("secret.js"), "module.exports = {};\n");
        Files.createSymbolicLink(folders.folder("missing").resolve("link.js"), secret);
        assertEquals("main resolves outside the plugin folder", assertThrows(PluginErrorException.class,
                () -> start(folders.spec("missing", "link.js", Set.of()))).getMessage());
        assertTrue(lines(missing.name().value(), "host").contains("not started: main resolves outside the plugin folder"));
    }

    @Test
    void runtimeVectorAnEntryPinnedOverItsRawBytesStarts() throws IOException {
        ProcessSpec spec = folders.plugin("pinned", "index.js", "module.exports = {}", Set.of());
        assertEquals("module.exports = {}", Files.readString(folders.folder("pinned").resolve("index.js"), StandardCharsets.UTF_8));

        PluginProcess plugin = start(new ProcessSpec(spec.name(), spec.version(), spec.pluginDir(), spec.dataDir(), spec.main(),
                spec.permissions(), Optional.of(Integrity.parse("sha256-NasUtKe1l8TLPFaM3fOe4HxVfN1+GfLri4NGfq/XBgk="))));

        assertEquals(Set.of(), plugin.offeredHooks());
        assertTrue(lines("pinned", "host").contains("ready, offering no hooks"));
    }

    private static JsonValue result(PluginProcess plugin) {
        return ((CallResult.Answered) await(plugin.call(Hook.ON_ACTION, JsonObject.EMPTY))).result();
    }

    private static JsonValue field(JsonValue object, String name) {
        return ((JsonObject) object).get(name).orElseThrow();
    }

    private static String string(JsonValue object, String name) {
        return ((JsonString) field(object, name)).value();
    }
}
