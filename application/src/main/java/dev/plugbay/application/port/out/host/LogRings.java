package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.plugin.PluginId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The retention every in-memory {@link PluginLogs} keeps: each plugin's last {@code capacity}
 * entries, the oldest dropped first. Safe for concurrent writers and readers.
 */
public final class LogRings {

    private final int capacity;
    private final Map<PluginId, ArrayDeque<LogEntry>> rings = new ConcurrentHashMap<>();

    public LogRings(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a log keeps at least one line, not " + capacity);
        }
        this.capacity = capacity;
    }

    public void add(PluginId plugin, LogEntry entry) {
        ArrayDeque<LogEntry> ring = rings.computeIfAbsent(plugin, id -> new ArrayDeque<>());
        synchronized (ring) {
            if (ring.size() == capacity) {
                ring.removeFirst();
            }
            ring.addLast(entry);
        }
    }

    /** The last {@code limit} entries, oldest first. */
    public List<LogEntry> last(PluginId plugin, int limit) {
        ArrayDeque<LogEntry> ring = rings.get(plugin);
        if (ring == null || limit <= 0) {
            return List.of();
        }
        synchronized (ring) {
            List<LogEntry> all = new ArrayList<>(ring);
            return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
        }
    }

    public void clear(PluginId plugin) {
        rings.remove(plugin);
    }
}
