package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.LogEntry;
import dev.plugbay.application.port.out.host.LogRings;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Clock;
import java.util.List;

/** Plugin logs in memory, with what the fake processes write on stderr beside Plugbay's own events. */
public final class InMemoryPluginLogs implements PluginLogs {

    private final LogRings lines;
    private final Clock clock;

    public InMemoryPluginLogs(int capacity, Clock clock) {
        this.lines = new LogRings(capacity);
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
        lines.add(plugin, new LogEntry(clock.instant(), stream, line, false));
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
