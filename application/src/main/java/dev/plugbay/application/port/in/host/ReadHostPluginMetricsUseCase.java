package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.host.HookMetrics;
import dev.plugbay.domain.plugin.PluginId;
import java.util.List;

/** RUNTIME.md "Metrics and executions": a host plugin's metrics rows. */
public interface ReadHostPluginMetricsUseCase {

    /** One row per hook ever called, sorted by hook name; {@code PLUGIN_NOT_FOUND} for an unknown plugin. */
    List<HookMetrics> metrics(PluginId name);
}
