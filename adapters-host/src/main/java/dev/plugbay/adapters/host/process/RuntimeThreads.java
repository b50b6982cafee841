package dev.plugbay.adapters.host.process;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every plugin process shares: one for call timeouts, a growing pool for stopping
 * processes (each stop may wait out the kill grace), and a growing pool on which callers'
 * continuations run, so that no caller can hold up a process's output reader.
 */
final class RuntimeThreads implements AutoCloseable {

    final ScheduledExecutorService timers = timers();
    final ExecutorService lifecycle = Executors.newCachedThreadPool(daemons("plugin-lifecycle"));
    final ExecutorService callbacks = Executors.newCachedThreadPool(daemons("plugin-callbacks"));

    /** Answered calls cancel their timeout: cancelled timeouts leave the queue at once instead of after the call timeout. */
    private static ScheduledExecutorService timers() {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, daemons("plugin-timeouts"));
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }

    static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        timers.shutdownNow();
        lifecycle.shutdown();
        callbacks.shutdown();
    }
}
