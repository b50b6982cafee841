package dev.plugbay.bootstrap.metrics;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;

/**
 * Stops a start with Micrometer turned off ({@code micronaut.metrics.enabled=false}) with a message
 * naming the setting, before any bean that needs the meter registry fails on its absence: the
 * plugin runtime counts its calls in it ({@code GET /api/plugins/<name>/metrics}), and the registry sync
 * and caches report to it. Turning the export off is {@code endpoints.prometheus.enabled=false}.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
@Requires(property = MetricsRequired.SETTING, value = "false")
final class MetricsRequired {

    static final String SETTING = "micronaut.metrics.enabled";

    MetricsRequired() {
        throw new IllegalStateException(SETTING + " = 'false': Plugbay's plugin runtime, registry sync and caches keep "
                + "their meters in Micrometer, so it cannot be turned off; to stop exporting them, set "
                + "endpoints.prometheus.enabled=false");
    }
}
