package dev.plugbay.contracts.memory;

import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What a plugin does in {@link InMemoryPluginProcesses}: how its process starts, the bytes of its
 * entry file (for the integrity check; empty unless given) and how it reacts to each call.
 */
public record PluginScript(Startup startup, int exitCode, Set<Hook> hooks, OptionalInt priority, byte[] entry,
        BiFunction<Hook, JsonValue, Reaction> reactions) {

    public enum Startup { READY, NEVER_READY, EXITS, MALFORMED_READY }

    public PluginScript {
        Objects.requireNonNull(startup, "startup");
        hooks = Set.copyOf(hooks);
        Objects.requireNonNull(priority, "priority");
        entry = entry.clone();
        Objects.requireNonNull(reactions, "reactions");
    }

    /** Ready with these hooks; answers {@code null} to every call until told otherwise. */
    public static PluginScript ready(Set<Hook> hooks) {
        return new PluginScript(Startup.READY, 0, hooks, OptionalInt.empty(), new byte[0],
                (hook, payload) -> Reaction.answer(JsonNull.INSTANCE));
    }

    public static PluginScript neverReady() {
        return new PluginScript(Startup.NEVER_READY, 0, Set.of(), OptionalInt.empty(), new byte[0], (hook, payload) -> Reaction.hang());
    }

    public static PluginScript exitsBeforeReady(int code) {
        return new PluginScript(Startup.EXITS, code, Set.of(), OptionalInt.empty(), new byte[0], (hook, payload) -> Reaction.hang());
    }

    public static PluginScript malformedReady() {
        return new PluginScript(Startup.MALFORMED_READY, 0, Set.of(), OptionalInt.empty(), new byte[0], (hook, payload) -> Reaction.hang());
    }

    public PluginScript withPriority(int value) {
        return new PluginScript(startup, exitCode, hooks, OptionalInt.of(value), entry, reactions);
    }

    public PluginScript withEntry(byte[] bytes) {
        return new PluginScript(startup, exitCode, hooks, priority, bytes, reactions);
    }

    public PluginScript reacting(BiFunction<Hook, JsonValue, Reaction> to) {
        return new PluginScript(startup, exitCode, hooks, priority, entry, to);
    }

    /** What the fake process does with one call. */
    public sealed interface Reaction {

        record Answer(JsonValue result) implements Reaction {
        }

        record Fail(String error) implements Reaction {
        }

        record Hang() implements Reaction {
        }

        record Exit(int code) implements Reaction {
        }

        record After(Duration delay, Reaction then) implements Reaction {
        }

        record Log(String line, Reaction then) implements Reaction {
        }

        /** Starts a (fake) child process and answers its pid. */
        record Spawn() implements Reaction {
        }

        static Reaction answer(JsonValue result) {
            return new Answer(result);
        }

        static Reaction fail(String error) {
            return new Fail(error);
        }

        static Reaction hang() {
            return new Hang();
        }

        static Reaction exit(int code) {
            return new Exit(code);
        }
    }
}
