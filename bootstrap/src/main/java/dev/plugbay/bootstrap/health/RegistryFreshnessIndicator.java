package dev.plugbay.bootstrap.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * DOWN once the registry mirror is older than {@code plugbay.readiness.max-sync-age}. Part of readiness
 * only ({@link ProbesHealthEndpoint}); exists when a registry and the maximum age are both configured.
 */
@Singleton
@Readiness
@Requires(property = "plugbay.registry.repository", pattern = ".*\\S.*")
@Requires(property = "plugbay.readiness.max-sync-age")
public class RegistryFreshnessIndicator implements HealthIndicator {

    static final String NAME = "registry";

    private final RegistryFreshness freshness;
    private final Duration maxAge;

    public RegistryFreshnessIndicator(RegistryFreshness freshness, ReadinessSettings settings) {
        this.freshness = freshness;
        this.maxAge = settings.maxSyncAge();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Duration age = freshness.age();
        HealthStatus status = age.compareTo(maxAge) <= 0 ? HealthStatus.UP : HealthStatus.DOWN;
        return Publishers.just(HealthResult.builder(NAME, status)
                .details(Map.of("secondsSinceLastSync", age.toSeconds(), "maxSeconds", maxAge.toSeconds()))
                .build());
    }
}
