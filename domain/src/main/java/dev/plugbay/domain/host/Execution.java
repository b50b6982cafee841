package dev.plugbay.domain.host;

import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Instant;
import java.util.Objects;

/**
 * One hook call's ending for one plugin: what the metrics count and, when {@link CallOutcome#sent()},
 * what the executions keep. {@code error} is cut to {@value #MAX_ERROR_LENGTH} characters.
 */
public record Execution(PluginId plugin, Hook hook, Instant startedAt, long durationMs, CallOutcome outcome, String error) {

    public static final int MAX_ERROR_LENGTH = 500;

    public Execution {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(hook, "hook");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
        if (durationMs < 0) {
            throw new IllegalArgumentException("durationMs must not be negative");
        }
        if (error != null) {
            error = MessageBounds.atMost(error, MAX_ERROR_LENGTH);
        }
    }
}
