package dev.plugbay.adapters.rest.protection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per caller and kind of request, refilled evenly over a minute, in this instance's
 * memory. A caller idle for longer than a minute has a full budget again, so its bucket is dropped;
 * past {@link #MAX_CALLERS} buckets the least recently used go first (their callers start afresh).
 */
@Singleton
final class CallerBudgets {

    static final int MAX_CALLERS = 100_000;
    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final LimitSettings settings;
    private final Cache<Budget, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_CALLERS)
            .expireAfterAccess(PERIOD)
            .build();

    CallerBudgets(LimitSettings settings) {
        this.settings = settings;
    }

    /** Whether any budget is set at all. */
    boolean enabled() {
        return settings.readsPerMinute() > 0 || settings.writesPerMinute() > 0;
    }

    /**
     * Spends one request of the caller's budget: empty when there was one to spend, otherwise the
     * whole seconds until there is.
     */
    OptionalLong spend(String caller, boolean write) {
        long perMinute = write ? settings.writesPerMinute() : settings.readsPerMinute();
        if (perMinute == 0) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(new Budget(caller, write), budget -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, PERIOD))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1)));
    }

    private record Budget(String caller, boolean write) {
    }
}
