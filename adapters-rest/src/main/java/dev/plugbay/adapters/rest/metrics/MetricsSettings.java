package dev.plugbay.adapters.rest.metrics;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The {@code plugbay.metrics} settings.
 *
 * @param allowLoopback whether a request from this machine (a loopback peer address) reads
 *                      {@code /prometheus} without a token; behind a reverse proxy on the same machine every
 *                      request comes from loopback, so such a setup turns this off
 */
@ConfigurationProperties("plugbay.metrics")
public record MetricsSettings(@Bindable(defaultValue = "true") boolean allowLoopback) {
}
