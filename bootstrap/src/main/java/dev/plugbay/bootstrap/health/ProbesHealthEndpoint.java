package dev.plugbay.bootstrap.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import io.micronaut.management.endpoint.annotation.Selector;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthCheckType;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import java.security.Principal;
import java.util.Arrays;
import org.reactivestreams.Publisher;

/**
 * Micronaut's health endpoint, except that {@code /health} leaves out the readiness-only checks
 * ({@link RegistryFreshnessIndicator}): it keeps meaning "the database answers", while
 * {@code /health/readiness} adds them.
 */
@Endpoint(id = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
public class ProbesHealthEndpoint extends HealthEndpoint {

    private final HealthAggregator<HealthResult> aggregator;
    private final HealthIndicator[] readiness;

    public ProbesHealthEndpoint(HealthAggregator<HealthResult> aggregator, HealthIndicator[] all,
            @Liveness HealthIndicator[] liveness) {
        super(aggregator, withoutReadinessOnly(all), liveness);
        this.aggregator = aggregator;
        this.readiness = getReadinessHealthIndicators(all, liveness);
    }

    @Read
    @Override
    public Publisher<HealthResult> getHealth(@Nullable Principal principal, @Selector HealthCheckType selector) {
        if (selector == HealthCheckType.READINESS) {
            return aggregator.aggregate(readiness, levelOfDetail(principal));
        }
        return super.getHealth(principal, selector);
    }

    private static HealthIndicator[] withoutReadinessOnly(HealthIndicator[] all) {
        return Arrays.stream(all)
                .filter(indicator -> !(indicator instanceof RegistryFreshnessIndicator))
                .toArray(HealthIndicator[]::new);
    }
}
