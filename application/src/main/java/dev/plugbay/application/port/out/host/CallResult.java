package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.json.JsonValue;
import java.util.Objects;

/** How one call to a plugin process ended (RUNTIME.md "Wire protocol", "Timeouts, crashes, restarts"). */
public sealed interface CallResult {

    /** The plugin answered {@code result} ({@code null} as JSON null). */
    record Answered(JsonValue result) implements CallResult {
        public Answered {
            Objects.requireNonNull(result, "result");
        }
    }

    /** The plugin answered {@code error} with this text. */
    record Failed(String error) implements CallResult {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    /** No answer within the call timeout; the process is being killed. */
    record TimedOut() implements CallResult {
    }

    /** The process exited (or was stopped) while the call was in flight. */
    record Crashed(String reason) implements CallResult {
        public Crashed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The call was never sent, for this reason (for example {@code payload too large}). */
    record NotSent(String reason) implements CallResult {
        public NotSent {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
