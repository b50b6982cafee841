package dev.plugbay.adapters.github.outbound.http;

import dev.plugbay.adapters.github.outbound.guard.Destination;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * The timer of outbound exchanges, {@code plugbay.outbound.requests}, tagged with the destination's
 * {@code host} and the {@code outcome}: the answer's status class ({@code 2xx} to {@code 5xx}), or the
 * error code of the failure ({@code UPSTREAM_UNAVAILABLE}, {@code PAYLOAD_TOO_LARGE}). Kept in
 * Micrometer's global registry, which the application links to its own.
 */
final class OutboundCalls {

    static final String TIMER = "plugbay.outbound.requests";
    /** A failure that is not the domain's own (a bug): still counted. */
    static final String FAILED = "FAILED";

    private OutboundCalls() {
    }

    static String answered(int status) {
        return status / 100 + "xx";
    }

    static Timer timer(Destination destination, String outcome) {
        return Metrics.timer(TIMER, "host", destination.host(), "outcome", outcome);
    }
}
