package dev.plugbay.adapters.host.logs;

import dev.plugbay.adapters.host.RuntimeSettings;
import dev.plugbay.application.port.out.host.LogEntry;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.domain.plugin.PluginId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last {@code plugbay.runtime.log-lines} entries of each host plugin, in memory (RUNTIME.md
 * "Logs"). Every line is cut to {@value #MAX_LINE_CHARS} characters, marked {@code truncated};
 * bytes that are not UTF-8 read as U+FFFD.
 */
@Singleton
public final class MemoryPluginLogs implements PluginLogs {

    public static final String STDERR = "stderr";
    public static final String STDOUT = "stdout";
    public static final String HOST = "host";

    public static final int MAX_LINE_CHARS = 4000;
    /** Enough bytes for {@value #MAX_LINE_CHARS} characters of any kind: UTF-8 spends at most 4 bytes on one. */
    public static final int MAX_LINE_BYTES = 4 * MAX_LINE_CHARS;

    private final int capacity;
    private final Clock clock;
    private final Map<PluginId, ArrayDeque<LogEntry>> lines = new ConcurrentHashMap<>();

    @Inject
    public MemoryPluginLogs(RuntimeSettings settings, Clock clock) {
        this(settings.logLines(), clock);
    }

    public MemoryPluginLogs(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public void host(PluginId plugin, String line) {
        record(plugin, HOST, line, false);
    }

    /** Records one line the plugin's process wrote, as read by a {@link LineReader}. */
    public void record(PluginId plugin, String stream, byte[] bytes, int length, boolean overflowed) {
        record(plugin, stream, new String(bytes, 0, Math.min(length, MAX_LINE_BYTES), StandardCharsets.UTF_8),
                overflowed || length > MAX_LINE_BYTES);
    }

    private void record(PluginId plugin, String stream, String text, boolean cut) {
        boolean longer = text.codePointCount(0, text.length()) > MAX_LINE_CHARS;
        String line = longer ? text.substring(0, text.offsetByCodePoints(0, MAX_LINE_CHARS)) : text;
        LogEntry entry = new LogEntry(clock.instant(), stream, line, cut || longer);
        ArrayDeque<LogEntry> ring = lines.computeIfAbsent(plugin, id -> new ArrayDeque<>());
        synchronized (ring) {
            if (ring.size() == capacity) {
                ring.removeFirst();
            }
            ring.addLast(entry);
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
