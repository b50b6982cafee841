package dev.plugbay.adapters.rest;

import dev.plugbay.application.port.in.registry.SyncRegistryUseCase;
import dev.plugbay.application.port.in.registry.SyncReport;
import java.util.concurrent.atomic.AtomicInteger;

/** The real sync use case, counting its calls so that tests can tell whether a request reached it. */
final class CountingSyncRegistry implements SyncRegistryUseCase {

    private final SyncRegistryUseCase sync;
    private final AtomicInteger calls = new AtomicInteger();

    CountingSyncRegistry(SyncRegistryUseCase sync) {
        this.sync = sync;
    }

    int calls() {
        return calls.get();
    }

    @Override
    public SyncReport sync() {
        calls.incrementAndGet();
        return sync.sync();
    }
}
