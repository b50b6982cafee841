package dev.plugbay.domain.host.pipeline;

import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonValue;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How one handler call ended, before the pipeline reads its result: {@code ok} with the handler's
 * result, or a failure ({@code error}, {@code timeout}, {@code crashed}, {@code rate-limited},
 * {@code unavailable}) with its reason.
 */
public record HandlerCall(Instant startedAt, long durationMs, CallOutcome outcome, JsonValue result, Optional<String> error) {

    public HandlerCall {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(error, "error");
        if (outcome == CallOutcome.BLOCKED) {
            throw new IllegalArgumentException("only the pipeline decides that a handler blocked");
        }
    }

    public static HandlerCall answered(Instant startedAt, long durationMs, JsonValue result) {
        return new HandlerCall(startedAt, durationMs, CallOutcome.OK, result, Optional.empty());
    }

    public static HandlerCall failed(Instant startedAt, long durationMs, CallOutcome outcome, String error) {
        if (outcome == CallOutcome.OK) {
            throw new IllegalArgumentException("a failed call has a failure outcome");
        }
        return new HandlerCall(startedAt, durationMs, outcome, JsonNull.INSTANCE, Optional.of(error));
    }

    public boolean ok() {
        return outcome == CallOutcome.OK;
    }
}
