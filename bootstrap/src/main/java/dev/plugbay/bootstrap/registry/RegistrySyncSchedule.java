package dev.plugbay.bootstrap.registry;

import dev.plugbay.application.port.in.registry.SyncRegistryUseCase;
import dev.plugbay.application.port.in.registry.SyncReport;
import dev.plugbay.domain.error.DomainException;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors the registry shortly after start and then every {@code plugbay.registry.sync-interval},
 * on the scheduler's thread so that startup never waits on GitHub. Exists only when a registry is
 * configured. A failed sync is logged and the next one tried on time; the catalog keeps its last
 * good state.
 */
@Context
@Requires(property = "plugbay.registry.repository", pattern = ".*\\S.*")
public class RegistrySyncSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrySyncSchedule.class);

    private final SyncRegistryUseCase sync;

    public RegistrySyncSchedule(SyncRegistryUseCase sync, SyncScheduleSettings settings,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.sync = sync;
        scheduler.scheduleWithFixedDelay(settings.initialDelay(), settings.syncInterval(), this::syncRegistry);
    }

    private void syncRegistry() {
        try {
            SyncReport report = sync.sync();
            LOG.info("Registry sync: {} added, {} updated, {} removed, {} skipped", report.added(), report.updated(),
                    report.removed(), report.skipped().size());
            report.skipped().forEach(skipped -> LOG.warn("Registry entry {} skipped: {}", skipped.id(), skipped.error()));
        } catch (DomainException failed) {
            LOG.warn("Registry sync failed, the catalog keeps its last good state: {}", failed.getMessage());
        } catch (RuntimeException bug) {
            LOG.error("Registry sync failed unexpectedly, the catalog keeps its last good state", bug);
        }
    }
}
