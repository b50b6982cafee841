package dev.plugbay.adapters.host.process;

import dev.plugbay.adapters.host.logs.MemoryPluginLogs;
import dev.plugbay.adapters.host.testing.PluginFolders;
import dev.plugbay.adapters.host.testing.TestHost;
import dev.plugbay.application.contract.PluginProcessesContract;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.application.port.out.host.PluginProcesses;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Permission;
import dev.plugbay.domain.plugin.PluginId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The contract against the real runtime with Node.js plugins, run through the Node host script. */
class NodePluginProcessesContractTest extends PluginProcessesContract {

    /** The scripted plugin: one function serves every offered hook and does what the payload says. */
    static final String SCRIPTED = """
            import { spawn } from 'node:child_process';
            import { setTimeout as sleep } from 'node:timers/promises';

            async function run(command) {
              switch (command.do) {
                case 'echo': return command.value;
                case 'fail': throw new Error(command.message);
                case 'hang': return new Promise(() => {});
                case 'exit': process.exit(command.code);
                case 'delay': await sleep(command.ms); return command.value;
                case 'log': console.error(command.line); return null;
                case 'spawn': return spawn('sleep', ['600'], { stdio: 'ignore' }).pid;
              }
              throw new Error(`unknown command ${command.do}`);
            }

            export default { %s };
            """;

    @TempDir
    Path root;

    private MemoryPluginLogs logs;
    private ProcessRuntime runtime;
    private PluginFolders folders;

    @BeforeEach
    void freshRuntime() {
        logs = new MemoryPluginLogs(500, Clock.systemUTC());
        runtime = TestHost.runtime(TestHost.settings(START_TIMEOUT, CALL_TIMEOUT, KILL_GRACE), root.resolve("home"), logs);
        folders = new PluginFolders(root);
    }

    @AfterEach
    void stopRuntime() {
        runtime.close();
    }

    @Override
    protected PluginProcesses processes() {
        return runtime;
    }

    @Override
    protected PluginLogs logs() {
        return logs;
    }

    @Override
    protected ProcessSpec scripted(PluginId name, Set<Hook> hooks, OptionalInt priority) {
        String members = hooks.stream().map(hook -> hook.wireName() + ": run").collect(Collectors.joining(", "))
                + (priority.isPresent() ? ", priority: " + priority.getAsInt() : "");
        return folders.plugin(name.value(), "index.mjs", SCRIPTED.formatted(members), Set.of(Permission.EXEC));
    }

    @Override
    protected ProcessSpec neverReady(PluginId name) {
        return folders.plugin(name.value(), "index.mjs", """
                setInterval(() => {}, 1 << 30);
                await new Promise(() => {});
                """, Set.of());
    }

    @Override
    protected ProcessSpec exitsBeforeReady(PluginId name, int code) {
        return folders.plugin(name.value(), "index.js", "process.exit(" + code + ");\n", Set.of());
    }

    @Override
    protected ProcessSpec malformedReady(PluginId name) {
        return folders.plugin(name.value(), "index.mjs", """
                process.stdout.write('{"type":"ready","hooks":"onRequest"}\\n');
                setInterval(() => {}, 1 << 30);
                await new Promise(() => {});
                """, Set.of());
    }

    @Override
    protected boolean running(long pid) {
        return TestHost.running(pid);
    }
}
