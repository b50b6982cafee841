package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.application.port.out.host.PluginProcesses;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.contracts.host.PluginProcessesContract;
import dev.plugbay.contracts.memory.PluginScript.Reaction;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Permission;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory plugin processes, run against the contract of the port they implement. */
class InMemoryPluginProcessesTest {

    @Nested
    class PluginProcessesPort extends PluginProcessesContract {

        @TempDir
        Path folders;

        private InMemoryPluginLogs logs;
        private InMemoryPluginProcesses processes;

        @BeforeEach
        void freshFake() {
            logs = new InMemoryPluginLogs(500, Clock.systemUTC());
            processes = new InMemoryPluginProcesses(logs, START_TIMEOUT, CALL_TIMEOUT, Clock.systemUTC());
        }

        @Override
        protected PluginProcesses processes() {
            return processes;
        }

        @Override
        protected PluginLogs logs() {
            return logs;
        }

        @Override
        protected ProcessSpec scripted(PluginId name, Set<Hook> hooks, OptionalInt priority) {
            PluginScript script = PluginScript.ready(hooks).reacting(PluginProcessesPort::commanded);
            return scriptedAs(name, priority.isPresent() ? script.withPriority(priority.getAsInt()) : script);
        }

        @Override
        protected ProcessSpec neverReady(PluginId name) {
            return scriptedAs(name, PluginScript.neverReady());
        }

        @Override
        protected ProcessSpec exitsBeforeReady(PluginId name, int code) {
            return scriptedAs(name, PluginScript.exitsBeforeReady(code));
        }

        @Override
        protected ProcessSpec malformedReady(PluginId name) {
            return scriptedAs(name, PluginScript.malformedReady());
        }

        @Override
        protected boolean running(long pid) {
            return processes.running(pid);
        }

        /** The entry file is written too, so that the contract can pin its bytes as it does for real plugins. */
        private ProcessSpec scriptedAs(PluginId name, PluginScript script) {
            byte[] entry = ("scripted plugin " + name).getBytes(StandardCharsets.UTF_8);
            try {
                Path folder = Files.createDirectories(folders.resolve(name.value()));
                Files.write(folder.resolve("plugin.bin"), entry);
                processes.script(name, script.withEntry(entry));
                return new ProcessSpec(name, SemanticVersion.parse("1.0.0"), folder, folders.resolve("data").resolve(name.value()),
                        new EntryPath("plugin.bin"), Set.of(Permission.EXEC), Optional.empty());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Reaction commanded(Hook hook, JsonValue payload) {
            JsonObject command = (JsonObject) payload;
            JsonValue value = command.get("value").orElse(JsonNull.INSTANCE);
            return switch (((JsonString) command.get("do").orElseThrow()).value()) {
                case "echo" -> Reaction.answer(value);
                case "fail" -> Reaction.fail(((JsonString) command.get("message").orElseThrow()).value());
                case "hang" -> Reaction.hang();
                case "exit" -> Reaction.exit(number(command, "code"));
                case "delay" -> new Reaction.After(Duration.ofMillis(number(command, "ms")), Reaction.answer(value));
                case "log" -> new Reaction.Log(((JsonString) command.get("line").orElseThrow()).value(), Reaction.answer(JsonNull.INSTANCE));
                case "spawn" -> new Reaction.Spawn();
                default -> throw new IllegalArgumentException("unknown command " + command.toJson());
            };
        }

        private static int number(JsonObject command, String name) {
            return ((JsonNumber) command.get(name).orElseThrow()).value().intValueExact();
        }
    }
}
