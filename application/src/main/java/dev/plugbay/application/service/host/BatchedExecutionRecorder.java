package dev.plugbay.application.service.host;

import dev.plugbay.application.port.out.host.CallMeters;
import dev.plugbay.application.port.out.host.PluginExecutions;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.HookCounters;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * RUNTIME.md "Metrics and executions": records land in a bounded queue at once, and one thread
 * writes what is queued to {@link PluginExecutions} every {@code interval}, in batches. A call never
 * waits on the database: when the queue is full the record is dropped, and when a write fails its
 * rows are lost; both are reported in one line per drain, never to the caller. Reads and uninstall
 * write what is queued first, so they see every call recorded before them. Closing it writes what
 * is left. Every record is also handed at once to the {@link CallMeters}, which do not block either.
 */
public final class BatchedExecutionRecorder implements ExecutionRecorder, AutoCloseable {

    /** The most rows one write carries; a longer queue is written in several. */
    static final int MAX_BATCH = 5_000;

    private final PluginExecutions store;
    private final int keptPerPlugin;
    private final Consumer<String> problems;
    private final CallMeters meters;
    private final BlockingQueue<Execution> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "plugin-executions-writer");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param capacity executions queued at most; more are dropped until the next write
     * @param problems where a lost write or dropped records are reported, one line each time
     * @param meters told of every record as it arrives
     */
    public BatchedExecutionRecorder(PluginExecutions store, int keptPerPlugin, int capacity, Duration interval,
            Consumer<String> problems, CallMeters meters) {
        this.store = store;
        this.keptPerPlugin = keptPerPlugin;
        this.problems = problems;
        this.meters = meters;
        this.queue = new ArrayBlockingQueue<>(capacity);
        writer.scheduleWithFixedDelay(this::flush, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void record(Execution execution) {
        meters.meter(execution);
        if (!queue.offer(execution)) {
            dropped.incrementAndGet();
        }
    }

    /** The plugin's kept executions, newest first. */
    List<Execution> kept(PluginId plugin) {
        flush();
        return store.newest(plugin, keptPerPlugin);
    }

    /** The plugin's counters, sorted by hook name. */
    List<HookCounters> counters(PluginId plugin) {
        flush();
        return store.counters(plugin);
    }

    /** Forgets the plugin's executions and counters, those still queued included (uninstall). */
    synchronized void forget(PluginId plugin) {
        flush();
        store.delete(plugin);
    }

    /** Writes everything queued now. */
    synchronized void flush() {
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            problems.accept(lost + " plugin executions were not recorded: more than the queue holds arrived within a write interval");
        }
        List<Execution> batch = new ArrayList<>();
        while (queue.drainTo(batch, MAX_BATCH) > 0) {
            try {
                store.append(batch, keptPerPlugin);
            } catch (RuntimeException failed) {
                problems.accept(batch.size() + " plugin executions were lost: the database write failed (" + failed + ")");
            }
            batch.clear();
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
