package dev.plugbay.contracts.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A map that an {@link InMemoryUnitOfWork} can snapshot and roll back: the in-memory stand-in
 * for a table.
 */
final class TransactionalState<K, V> {

    private final ConcurrentHashMap<K, V> rows = new ConcurrentHashMap<>();

    ConcurrentHashMap<K, V> rows() {
        return rows;
    }

    Map<K, V> snapshot() {
        return Map.copyOf(rows);
    }

    void restore(Map<K, V> snapshot) {
        rows.clear();
        rows.putAll(snapshot);
    }
}
