package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** One running plugin process that has sent {@code ready}. */
public interface PluginProcess {

    long pid();

    Instant startedAt();

    /** The hooks its {@code ready} message offered (unknown names left out). */
    Set<Hook> offeredHooks();

    /** The {@code priority} of its {@code ready} message, when it sent one. */
    OptionalInt readyPriority();

    /**
     * Sends one call; several may be in flight. The stage never fails: every ending, including a
     * timeout (after which the process is killed) and an exit during the call, is a {@link CallResult}.
     */
    CompletionStage<CallResult> call(Hook hook, JsonValue payload);

    /**
     * A requested stop: closes stdin, signals the process group to terminate, kills it after the
     * grace period, and returns once nothing of the group is left. Calls still in flight end crashed.
     */
    void stop();

    /** Completes when the process has exited, asked for or not. */
    CompletionStage<ProcessExit> exited();
}
