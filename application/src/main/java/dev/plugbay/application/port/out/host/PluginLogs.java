package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.plugin.PluginId;
import java.util.List;

/**
 * Each host plugin's recent log lines, in memory (RUNTIME.md "Logs"): what its process wrote on
 * stderr and stdout, and Plugbay's own events about it. Kept across restarts of the process, not of
 * Plugbay.
 */
public interface PluginLogs {

    /** Records one of Plugbay's own events about the plugin (stream {@code host}). */
    void host(PluginId plugin, String line);

    /** The last {@code limit} entries, oldest first. */
    List<LogEntry> last(PluginId plugin, int limit);

    /** Forgets the plugin's lines (on uninstall). */
    void clear(PluginId plugin);
}
