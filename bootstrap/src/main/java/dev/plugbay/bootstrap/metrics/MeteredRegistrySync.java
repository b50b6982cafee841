package dev.plugbay.bootstrap.metrics;

import dev.plugbay.application.port.in.registry.SyncRegistryUseCase;
import dev.plugbay.application.port.in.registry.SyncReport;
import dev.plugbay.bootstrap.health.RegistryFreshness;
import dev.plugbay.domain.error.DomainException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times each registry sync into {@code plugbay.registry.sync} tagged with its {@code outcome}
 * ({@code success}, or the failure's error code) and counts what the successful ones changed; a success
 * also marks the mirror fresh for readiness.
 */
public final class MeteredRegistrySync implements SyncRegistryUseCase {

    static final String TIMER = "plugbay.registry.sync";
    static final String CHANGES = "plugbay.registry.sync.changes";
    static final String SUCCESS = "success";

    private final SyncRegistryUseCase sync;
    private final MeterRegistry registry;
    private final RegistryFreshness freshness;

    public MeteredRegistrySync(SyncRegistryUseCase sync, MeterRegistry registry, RegistryFreshness freshness) {
        this.sync = sync;
        this.registry = registry;
        this.freshness = freshness;
    }

    @Override
    public SyncReport sync() {
        Timer.Sample sample = Timer.start(registry);
        try {
            SyncReport report = sync.sync();
            sample.stop(registry.timer(TIMER, "outcome", SUCCESS));
            registry.counter(CHANGES, "change", "added").increment(report.added());
            registry.counter(CHANGES, "change", "updated").increment(report.updated());
            registry.counter(CHANGES, "change", "removed").increment(report.removed());
            registry.counter(CHANGES, "change", "skipped").increment(report.skipped().size());
            freshness.synced();
            return report;
        } catch (DomainException failed) {
            sample.stop(registry.timer(TIMER, "outcome", failed.code().name()));
            throw failed;
        }
    }
}
