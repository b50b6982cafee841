package dev.plugbay.adapters.rest.protection;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The {@code plugbay.limits} settings, checked when Plugbay starts: a bad value stops the start with a
 * message naming the property.
 *
 * @param readsPerMinute  requests with {@code GET}, {@code HEAD} or {@code OPTIONS} one caller may make per
 *                        minute on this instance; {@code 0} is unlimited
 * @param writesPerMinute requests with any other method one caller may make per minute; {@code 0} is unlimited
 * @param maxInFlight     requests this instance works on at once; one more is answered 503 {@code OVERLOADED}
 * @param requestTimeout  how long a Marketplace API request ({@code /api/v1/...}) may take before it is answered
 *                        503 {@code OVERLOADED}; its slot stays taken until its work really ends
 */
@ConfigurationProperties("plugbay.limits")
public record LimitSettings(
        @Bindable(defaultValue = "0") long readsPerMinute,
        @Bindable(defaultValue = "0") long writesPerMinute,
        @Bindable(defaultValue = "256") int maxInFlight,
        @Bindable(defaultValue = "30s") Duration requestTimeout) {

    public LimitSettings {
        requireNotNegative("reads-per-minute", readsPerMinute);
        requireNotNegative("writes-per-minute", writesPerMinute);
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("plugbay.limits.max-in-flight must be at least 1, not " + maxInFlight);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("plugbay.limits.request-timeout must be positive, not " + requestTimeout);
        }
    }

    private static void requireNotNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("plugbay.limits." + name + " must be 0 (unlimited) or more, not " + value);
        }
    }
}
