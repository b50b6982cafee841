package dev.plugbay.domain.host;

import dev.plugbay.domain.manifest.Hook;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the metrics count for one plugin and hook (RUNTIME.md "Metrics and executions"): {@code calls}
 * are the sent calls, {@code errors} the {@code error} and {@code crashed} ones; rate-limited and
 * unavailable calls are counted apart. {@code lastCalledAt} is the latest start of any counted call.
 */
public record HookCounters(Hook hook, long calls, long errors, long timeouts, long blocked, long rateLimited,
        long unavailable, Optional<Instant> lastCalledAt) {

    public HookCounters {
        Objects.requireNonNull(hook, "hook");
        Objects.requireNonNull(lastCalledAt, "lastCalledAt");
    }

    /** Nothing counted yet. */
    public static HookCounters none(Hook hook) {
        return new HookCounters(hook, 0, 0, 0, 0, 0, 0, Optional.empty());
    }

    /** These counters with one more call of this hook counted. */
    public HookCounters plus(Execution execution) {
        if (execution.hook() != hook) {
            throw new IllegalArgumentException("an execution of " + execution.hook().wireName() + " is not counted under "
                    + hook.wireName());
        }
        CallOutcome outcome = execution.outcome();
        return plus(new HookCounters(hook, outcome.sent() ? 1 : 0,
                outcome == CallOutcome.ERROR || outcome == CallOutcome.CRASHED ? 1 : 0, outcome == CallOutcome.TIMEOUT ? 1 : 0,
                outcome == CallOutcome.BLOCKED ? 1 : 0, outcome == CallOutcome.RATE_LIMITED ? 1 : 0,
                outcome == CallOutcome.UNAVAILABLE ? 1 : 0, Optional.of(execution.startedAt())));
    }

    /** The sum of both counts, the later of both times. */
    public HookCounters plus(HookCounters other) {
        if (other.hook != hook) {
            throw new IllegalArgumentException("counters of " + other.hook.wireName() + " are not added to " + hook.wireName());
        }
        Optional<Instant> last = lastCalledAt.isEmpty() ? other.lastCalledAt
                : other.lastCalledAt.filter(time -> time.isAfter(lastCalledAt.get())).or(() -> lastCalledAt);
        return new HookCounters(hook, calls + other.calls, errors + other.errors, timeouts + other.timeouts,
                blocked + other.blocked, rateLimited + other.rateLimited, unavailable + other.unavailable, last);
    }
}
