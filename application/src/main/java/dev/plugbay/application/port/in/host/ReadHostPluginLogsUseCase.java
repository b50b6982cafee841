package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.plugin.PluginId;
import java.util.List;

/** RUNTIME.md "Logs": a host plugin's recent output and Plugbay's events about it. */
public interface ReadHostPluginLogsUseCase {

    /** The last {@code limit} entries, oldest first; {@code PLUGIN_NOT_FOUND} for an unknown plugin. */
    List<HostLogLine> logs(PluginId name, int limit);
}
