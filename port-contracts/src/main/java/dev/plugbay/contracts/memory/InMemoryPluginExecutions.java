package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.PluginExecutions;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.HookCounters;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Executions and counters in memory. Executions are kept in the order they were appended, so that
 * among equal start times the later appended one is the newer, as the database's sequence makes it.
 * A failure can be switched on, to see what the recorder does when the store fails.
 */
public final class InMemoryPluginExecutions implements PluginExecutions {

    private static final Comparator<Kept> NEWEST_FIRST =
            Comparator.comparing((Kept kept) -> kept.execution().startedAt()).thenComparingLong(Kept::sequence).reversed();

    private record Kept(long sequence, Execution execution) {
    }

    private final Map<PluginId, List<Kept>> executions = new HashMap<>();
    private final Map<PluginId, Map<String, HookCounters>> counters = new HashMap<>();
    private long sequence;
    private volatile RuntimeException failure;

    /** From now on every append fails with {@code failure}; {@code null} lets appends succeed again. */
    public void failAppends(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public synchronized void append(List<Execution> batch, int keptPerPlugin) {
        RuntimeException failing = failure;
        if (failing != null) {
            throw failing;
        }
        for (Execution execution : batch) {
            Map<String, HookCounters> hooks = counters.computeIfAbsent(execution.plugin(), plugin -> new TreeMap<>());
            Hook hook = execution.hook();
            hooks.put(hook.wireName(), hooks.getOrDefault(hook.wireName(), HookCounters.none(hook)).plus(execution));
            if (execution.outcome().sent()) {
                executions.computeIfAbsent(execution.plugin(), plugin -> new ArrayList<>()).add(new Kept(++sequence, execution));
            }
        }
        for (List<Kept> kept : executions.values()) {
            kept.sort(NEWEST_FIRST);
            if (kept.size() > keptPerPlugin) {
                kept.subList(keptPerPlugin, kept.size()).clear();
            }
        }
    }

    @Override
    public synchronized List<Execution> newest(PluginId plugin, int limit) {
        return executions.getOrDefault(plugin, List.of()).stream().sorted(NEWEST_FIRST).limit(limit).map(Kept::execution).toList();
    }

    @Override
    public synchronized List<HookCounters> counters(PluginId plugin) {
        return List.copyOf(counters.getOrDefault(plugin, Map.of()).values());
    }

    @Override
    public synchronized void delete(PluginId plugin) {
        executions.remove(plugin);
        counters.remove(plugin);
    }
}
