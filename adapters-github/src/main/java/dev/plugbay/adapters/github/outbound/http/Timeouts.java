package dev.plugbay.adapters.github.outbound.http;

import java.time.Duration;
import java.util.Objects;

/** Connect and whole-exchange time limits of every outbound request. */
public record Timeouts(Duration connect, Duration total) {

    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(total, "total");
        if (connect.isNegative() || connect.isZero() || total.isNegative() || total.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }
}
