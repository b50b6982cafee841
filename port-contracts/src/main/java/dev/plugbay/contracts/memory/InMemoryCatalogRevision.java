package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.catalog.CatalogRevision;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory catalog's revision, advanced by every write of the catalog and installations
 * after the write. A browse runs in a unit of work, which waits for the writing one to end, so
 * what it reads after seeing a revision is never older than that revision.
 */
public final class InMemoryCatalogRevision implements CatalogRevision {

    private final AtomicLong revision = new AtomicLong();

    @Override
    public long current() {
        return revision.get();
    }

    @Override
    public OptionalLong currentInMemory() {
        return OptionalLong.of(current());
    }

    void advance() {
        revision.incrementAndGet();
    }
}
