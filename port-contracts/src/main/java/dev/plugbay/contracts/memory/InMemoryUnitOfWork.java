package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.transaction.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializes transactions with one lock and rolls every registered state back to its snapshot
 * when the work throws. A nested call joins the transaction already running on its thread.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<TransactionalState<?, ?>> states;

    InMemoryUnitOfWork(List<TransactionalState<?, ?>> states) {
        this.states = List.copyOf(states);
    }

    @Override
    public <T> T transactionally(Supplier<T> work) {
        if (lock.isHeldByCurrentThread()) {
            return work.get();
        }
        lock.lock();
        try {
            List<Runnable> rollback = new ArrayList<>();
            for (TransactionalState<?, ?> state : states) {
                rollback.add(rollbackOf(state));
            }
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                rollback.forEach(Runnable::run);
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    private static <K, V> Runnable rollbackOf(TransactionalState<K, V> state) {
        Map<K, V> snapshot = state.snapshot();
        return () -> state.restore(snapshot);
    }
}
