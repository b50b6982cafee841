package dev.plugbay.application.service.registry;

import dev.plugbay.application.port.in.registry.ReadLastSyncUseCase;
import dev.plugbay.application.port.in.registry.SyncRegistryUseCase;
import dev.plugbay.application.port.in.registry.SyncReport;
import dev.plugbay.application.port.in.registry.SyncRun;
import dev.plugbay.domain.error.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs registry syncs through another sync use case and keeps the last run, succeeded or failed,
 * in memory: every instance syncs on its own schedule, so each reports its own last run.
 */
public final class RecordingRegistrySync implements SyncRegistryUseCase, ReadLastSyncUseCase {

    private final SyncRegistryUseCase sync;
    private final Clock clock;
    private final AtomicReference<SyncRun> last = new AtomicReference<>();

    public RecordingRegistrySync(SyncRegistryUseCase sync, Clock clock) {
        this.sync = sync;
        this.clock = clock;
    }

    @Override
    public SyncReport sync() {
        Instant startedAt = clock.instant();
        try {
            SyncReport report = sync.sync();
            last.set(SyncRun.succeeded(startedAt, clock.instant(), report));
            return report;
        } catch (DomainException failed) {
            last.set(SyncRun.failed(startedAt, clock.instant(),
                    new SyncRun.Failure(failed.code().name(), failed.getMessage())));
            throw failed;
        }
    }

    @Override
    public Optional<SyncRun> lastSync() {
        return Optional.ofNullable(last.get());
    }
}
