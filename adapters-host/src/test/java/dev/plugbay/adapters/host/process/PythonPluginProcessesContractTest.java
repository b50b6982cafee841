package dev.plugbay.adapters.host.process;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plugbay.adapters.host.testing.TestHost;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Permission;
import dev.plugbay.domain.plugin.PluginId;
import java.nio.file.Files;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;

/** The same contract with plugins written in Python and executed directly: the protocol is language neutral. */
class PythonPluginProcessesContractTest extends RealPluginProcessesContract {

    static final String SCRIPTED = """
            #!/usr/bin/python3
            import json, os, subprocess, sys, threading, time

            HOOKS = [%s]
            PRIORITY = %s
            out = threading.Lock()

            def send(message):
                with out:
                    sys.stdout.write(json.dumps(message) + "\\n")
                    sys.stdout.flush()

            def serve(call):
                command = call["payload"]
                action = command["do"]
                answer = {"type": "result", "id": call["id"]}
                if action == "echo":
                    if "value" in command:
                        answer["result"] = command["value"]
                elif action == "fail":
                    answer["error"] = command["message"]
                elif action == "hang":
                    return
                elif action == "exit":
                    os._exit(command["code"])
                elif action == "delay":
                    time.sleep(command["ms"] / 1000)
                    answer["result"] = command.get("value")
                elif action == "log":
                    print(command["line"], file=sys.stderr, flush=True)
                    answer["result"] = None
                elif action == "spawn":
                    answer["result"] = subprocess.Popen(["sleep", "600"]).pid
                send(answer)

            ready = {"type": "ready", "hooks": HOOKS}
            if PRIORITY is not None:
                ready["priority"] = PRIORITY
            send(ready)
            for line in sys.stdin:
                call = json.loads(line)
                if call.get("type") == "call":
                    threading.Thread(target=serve, args=(call,), daemon=True).start()
            """;

    @BeforeAll
    static void debianPython() {
        assumeTrue(Files.isExecutable(TestHost.DEBIAN_PYTHON),
                "Skipped: the Python plugin tests need Debian's python3 at " + TestHost.DEBIAN_PYTHON);
    }

    @Override
    protected ProcessSpec scripted(PluginId name, Set<Hook> hooks, OptionalInt priority) {
        String names = hooks.stream().map(hook -> "\"" + hook.wireName() + "\"").collect(Collectors.joining(", "));
        String source = SCRIPTED.formatted(names, priority.isPresent() ? Integer.toString(priority.getAsInt()) : "None");
        return folders.executable(name.value(), "plugin.py", source, Set.of(Permission.EXEC));
    }

    @Override
    protected ProcessSpec neverReady(PluginId name) {
        return folders.executable(name.value(), "plugin.py", "#!/usr/bin/python3\nimport time\ntime.sleep(600)\n", Set.of());
    }

    @Override
    protected ProcessSpec exitsBeforeReady(PluginId name, int code) {
        return folders.executable(name.value(), "plugin.py", "#!/usr/bin/python3\nimport sys\nsys.exit(" + code + ")\n", Set.of());
    }

    @Override
    protected ProcessSpec malformedReady(PluginId name) {
        return folders.executable(name.value(), "plugin.py", """
                #!/usr/bin/python3
                import time
                print('{"type": "ready", "hooks": "onRequest"}', flush=True)
                time.sleep(600)
                """, Set.of());
    }
}
