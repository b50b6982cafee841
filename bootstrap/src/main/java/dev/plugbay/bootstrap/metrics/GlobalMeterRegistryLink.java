package dev.plugbay.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;

/**
 * Adds the application's meter registry to Micrometer's global one while the application runs, so
 * that the adapters' meters (outbound calls, caches), kept where no bean is injected, are exported too.
 */
@Context
public class GlobalMeterRegistryLink implements AutoCloseable {

    private final MeterRegistry registry;

    public GlobalMeterRegistryLink(MeterRegistry registry) {
        this.registry = registry;
        Metrics.addRegistry(registry);
    }

    @PreDestroy
    @Override
    public void close() {
        Metrics.removeRegistry(registry);
    }
}
