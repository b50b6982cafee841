package dev.plugbay.domain.host;

import java.time.Duration;
import java.time.Instant;

/** The {@code Retry-After} a refused call carries: whole seconds until a moment, rounded up, at least 1. */
public final class RetryAfter {

    private RetryAfter() {
    }

    public static long secondsUntil(Instant now, Instant moment) {
        return Math.max(1, (Duration.between(now, moment).toMillis() + 999) / 1000);
    }
}
