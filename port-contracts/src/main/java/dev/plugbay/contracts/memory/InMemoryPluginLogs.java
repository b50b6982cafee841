package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.LogEntry;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Plugin logs in memory, with what the fake processes write on stderr beside Plugbay's own events. */
public final class InMemoryPluginLogs implements PluginLogs {

    private final int capacity;
    private final Clock clock;
    private final Map<PluginId, ArrayDeque<LogEntry>> lines = new ConcurrentHashMap<>();

    public InMemoryPluginLogs(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public void host(PluginId plugin, String line) {
        add(plugin, "host", line);
    }

    /** A line the plugin's (fake) process wrote on stderr. */
    public void stderr(PluginId plugin, String line) {
        add(plugin, "stderr", line);
    }

    private void add(PluginId plugin, String stream, String line) {
        ArrayDeque<LogEntry> ring = lines.computeIfAbsent(plugin, id -> new ArrayDeque<>());
        synchronized (ring) {
            if (ring.size() == capacity) {
                ring.removeFirst();
            }
            ring.addLast(new LogEntry(clock.instant(), stream, line, false));
        }
    }

    @Override
    public List<LogEntry> last(PluginId plugin, int limit) {
        ArrayDeque<LogEntry> ring = lines.get(plugin);
        if (ring == null || limit <= 0) {
            return List.of();
        }
        synchronized (ring) {
            List<LogEntry> all = new ArrayList<>(ring);
            return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
        }
    }

    @Override
    public void clear(PluginId plugin) {
        lines.remove(plugin);
    }
}
