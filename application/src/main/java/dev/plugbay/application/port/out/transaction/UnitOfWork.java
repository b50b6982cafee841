package dev.plugbay.application.port.out.transaction;

import java.util.function.Supplier;

/**
 * Runs a use case's reads and writes as one transaction: everything the work wrote stays if it
 * returns, nothing of it stays if it throws (the exception is rethrown unchanged).
 */
public interface UnitOfWork {

    <T> T transactionally(Supplier<T> work);

    /**
     * Runs a use case's reads as one read-only transaction: they see one connection's view, and
     * never wait for writers (H2 runs write transactions one at a time, docs/persistence.md).
     */
    default <T> T readOnly(Supplier<T> work) {
        return transactionally(work);
    }
}
