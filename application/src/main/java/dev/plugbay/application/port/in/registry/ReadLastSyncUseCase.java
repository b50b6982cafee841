package dev.plugbay.application.port.in.registry;

import java.util.Optional;

/** The outcome of the last registry sync this instance ran (scheduled or requested), if any. */
public interface ReadLastSyncUseCase {

    Optional<SyncRun> lastSync();
}
