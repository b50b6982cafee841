package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.plugin.PluginId;

/** RUNTIME.md "Metrics and executions": a host plugin's recorded calls. */
public interface ReadHostPluginExecutionsUseCase {

    /** The newest {@code limit} executions and the summary of the kept ones; {@code PLUGIN_NOT_FOUND} for an unknown plugin. */
    HostExecutions executions(PluginId name, int limit);
}
