package dev.plugbay.adapters.host.logs;

import dev.plugbay.adapters.host.RuntimeSettings;
import dev.plugbay.application.port.out.host.LogEntry;
import dev.plugbay.application.port.out.host.LogRings;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.domain.plugin.PluginId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

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

    private final LogRings lines;
    private final Clock clock;

    @Inject
    public MemoryPluginLogs(RuntimeSettings settings, Clock clock) {
        this(settings.logLines(), clock);
    }

    public MemoryPluginLogs(int capacity, Clock clock) {
        this.lines = new LogRings(capacity);
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
        lines.add(plugin, new LogEntry(clock.instant(), stream, line, cut || longer));
    }

    @Override
    public List<LogEntry> last(PluginId plugin, int limit) {
        return lines.last(plugin, limit);
    }

    @Override
    public void clear(PluginId plugin) {
        lines.clear(plugin);
    }
}
