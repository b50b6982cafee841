package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.HookCounters;
import dev.plugbay.domain.plugin.PluginId;
import java.util.List;

/**
 * The host plugins' executions and metrics counters, kept across restarts and upgrades (RUNTIME.md
 * "Metrics and executions"). Written by the runtime in batches, read by the executions and metrics routes.
 */
public interface PluginExecutions {

    /**
     * Counts every execution of the batch under its plugin and hook, keeps the sent ones
     * ({@code CallOutcome.sent()}), then keeps only the newest {@code keptPerPlugin} of each plugin
     * of the batch. All of it or nothing.
     */
    void append(List<Execution> batch, int keptPerPlugin);

    /** The plugin's newest kept executions, at most {@code limit}, newest (latest start) first. */
    List<Execution> newest(PluginId plugin, int limit);

    /** The plugin's counters, one per hook ever counted, sorted by hook name. */
    List<HookCounters> counters(PluginId plugin);

    /** Forgets the plugin's executions and counters (uninstall). */
    void delete(PluginId plugin);
}
