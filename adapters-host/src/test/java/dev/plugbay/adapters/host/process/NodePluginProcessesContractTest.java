package dev.plugbay.adapters.host.process;

import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Permission;
import dev.plugbay.domain.plugin.PluginId;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** The contract against the real runtime with Node.js plugins, run through the Node host script. */
class NodePluginProcessesContractTest extends RealPluginProcessesContract {

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
}
