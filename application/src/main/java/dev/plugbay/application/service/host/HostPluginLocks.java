package dev.plugbay.application.service.host;

import dev.plugbay.domain.plugin.PluginId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Serializes the operations on one plugin name (HOST.md "Local install": operations on one id are serialized). */
public final class HostPluginLocks {

    private final Map<PluginId, ReentrantLock> locks = new ConcurrentHashMap<>();

    <T> T with(PluginId name, Supplier<T> operation) {
        ReentrantLock lock = locks.computeIfAbsent(name, key -> new ReentrantLock());
        lock.lock();
        try {
            return operation.get();
        } finally {
            lock.unlock();
        }
    }

    void run(PluginId name, Runnable operation) {
        with(name, () -> {
            operation.run();
            return null;
        });
    }
}
