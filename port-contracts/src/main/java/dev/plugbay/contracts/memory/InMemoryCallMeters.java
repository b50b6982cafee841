package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.CallMeters;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Call meters in memory, read back by the tests. */
public final class InMemoryCallMeters implements CallMeters {

    private record Key(PluginId plugin, Hook hook, CallOutcome outcome) {
    }

    private final Map<Key, AtomicLong> timed = new ConcurrentHashMap<>();
    private final Map<Key, AtomicLong> timedMillis = new ConcurrentHashMap<>();
    private final Map<Key, AtomicLong> counted = new ConcurrentHashMap<>();

    @Override
    public void meter(Execution execution) {
        Key byHook = new Key(execution.plugin(), execution.hook(), null);
        if (execution.outcome().sent()) {
            timed.computeIfAbsent(byHook, key -> new AtomicLong()).incrementAndGet();
            timedMillis.computeIfAbsent(byHook, key -> new AtomicLong()).addAndGet(execution.durationMs());
        }
        counted.computeIfAbsent(new Key(execution.plugin(), execution.hook(), execution.outcome()), key -> new AtomicLong())
                .incrementAndGet();
    }

    public long timed(PluginId plugin, Hook hook) {
        return timed.getOrDefault(new Key(plugin, hook, null), new AtomicLong()).get();
    }

    public long timedMillis(PluginId plugin, Hook hook) {
        return timedMillis.getOrDefault(new Key(plugin, hook, null), new AtomicLong()).get();
    }

    public long counted(PluginId plugin, Hook hook, CallOutcome outcome) {
        return counted.getOrDefault(new Key(plugin, hook, outcome), new AtomicLong()).get();
    }
}
