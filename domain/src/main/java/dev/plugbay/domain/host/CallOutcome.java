package dev.plugbay.domain.host;

import dev.plugbay.domain.json.WireNamed;
import java.util.Optional;

/** How one hook call to a plugin ended (RUNTIME.md "Hook pipeline", "Metrics and executions"). */
public enum CallOutcome implements WireNamed {
    OK("ok"),
    BLOCKED("blocked"),
    ERROR("error"),
    TIMEOUT("timeout"),
    CRASHED("crashed"),
    RATE_LIMITED("rate-limited"),
    UNAVAILABLE("unavailable");

    private final String wireName;

    CallOutcome(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** Whether the call reached the plugin: only sent calls are kept as executions and counted in {@code calls}. */
    public boolean sent() {
        return this != RATE_LIMITED && this != UNAVAILABLE;
    }

    /** {@code ok} and {@code blocked} count as successes in the executions summary. */
    public boolean success() {
        return this == OK || this == BLOCKED;
    }

    public static Optional<CallOutcome> fromWireName(String name) {
        return WireNamed.fromWireName(CallOutcome.class, name);
    }
}
