package dev.plugbay.application.service.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.plugbay.application.port.out.host.PluginExecutions;
import dev.plugbay.contracts.memory.InMemoryPluginExecutions;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.HookCounters;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** RUNTIME.md "Metrics and executions": written in batches, never holding a call up, losing rows rather than failing one. */
class BatchedExecutionRecorderTest {

    private static final PluginId LOGGER = new PluginId("request-logger");
    /** Long enough that only the test's own flushes and closes write, so the counts are exact. */
    private static final Duration NEVER = Duration.ofHours(1);

    private final InMemoryPluginExecutions store = new InMemoryPluginExecutions();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<Execution> metered = new CopyOnWriteArrayList<>();

    private static Execution call(int second, CallOutcome outcome) {
        return new Execution(LOGGER, Hook.ON_REQUEST, Instant.parse("2026-07-03T10:00:00Z").plusSeconds(second), 2, outcome, null);
    }

    private BatchedExecutionRecorder recorder(int capacity, Duration interval) {
        return new BatchedExecutionRecorder(store, 1000, capacity, interval, problems::add, metered::add);
    }

    @Test
    void parallelRecordsAreAllCountedExactlyAndTheNewestKept() throws Exception {
        BatchedExecutionRecorder recorder = recorder(100_000, NEVER);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            int offset = thread * 1000;
            done.add(threads.submit(() -> {
                go.await();
                for (int i = 0; i < 1000; i++) {
                    recorder.record(call(offset + i, i % 10 == 0 ? CallOutcome.RATE_LIMITED : CallOutcome.OK));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> each : done) {
            each.get();
        }
        threads.shutdown();
        recorder.close();

        HookCounters counters = store.counters(LOGGER).get(0);
        assertEquals(7200, counters.calls());
        assertEquals(800, counters.rateLimited());
        List<Execution> kept = store.newest(LOGGER, 5000);
        assertEquals(1000, kept.size());
        assertEquals(call(7999, CallOutcome.OK), kept.get(0));
        assertEquals(List.of(), problems);
    }

    @Test
    void aFailingStoreLosesThoseRowsWithOneLineAndRecordingGoesOn() {
        BatchedExecutionRecorder recorder = recorder(100, NEVER);
        store.failAppends(new IllegalStateException("database down"));
        recorder.record(call(1, CallOutcome.OK));
        recorder.record(call(2, CallOutcome.ERROR));
        recorder.record(call(3, CallOutcome.OK));

        recorder.flush();
        store.failAppends(null);
        recorder.record(call(4, CallOutcome.OK));
        recorder.close();

        assertEquals(List.of("3 plugin executions were lost: the database write failed (java.lang.IllegalStateException: database down)"),
                problems);
        assertEquals(List.of(call(4, CallOutcome.OK)), store.newest(LOGGER, 10));
        assertEquals(1, store.counters(LOGGER).get(0).calls());
    }

    @Test
    void recordsBeyondTheQueueAreDroppedAndReportedNeverWaitedFor() {
        BatchedExecutionRecorder recorder = recorder(5, NEVER);
        for (int i = 0; i < 8; i++) {
            recorder.record(call(i, CallOutcome.OK));
        }

        recorder.close();

        assertEquals(List.of("3 plugin executions were not recorded: more than the queue holds arrived within a write interval"),
                problems);
        assertEquals(5, store.counters(LOGGER).get(0).calls());
        assertEquals(8, metered.size(), "the meters are told of every record, kept or dropped");
    }

    @Test
    void closingWritesWhatIsQueuedAndForgettingRemovesQueuedRowsToo() {
        BatchedExecutionRecorder recorder = recorder(100, NEVER);
        recorder.record(call(1, CallOutcome.OK));
        recorder.flush();
        recorder.record(call(2, CallOutcome.OK));

        recorder.forget(LOGGER);
        recorder.record(call(3, CallOutcome.OK));
        recorder.close();

        assertEquals(List.of(call(3, CallOutcome.OK)), store.newest(LOGGER, 10));
    }

    @Test
    void aRecordNeverWaitsForAWriteInProgress() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PluginExecutions stuck = new PluginExecutions() {
            @Override
            public void append(List<Execution> batch, int keptPerPlugin) {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                store.append(batch, keptPerPlugin);
            }

            @Override
            public List<Execution> newest(PluginId plugin, int limit) {
                return store.newest(plugin, limit);
            }

            @Override
            public List<HookCounters> counters(PluginId plugin) {
                return store.counters(plugin);
            }

            @Override
            public void delete(PluginId plugin) {
                store.delete(plugin);
            }
        };
        BatchedExecutionRecorder recorder = new BatchedExecutionRecorder(stuck, 1000, 100, NEVER, problems::add, metered::add);
        recorder.record(call(1, CallOutcome.OK));
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> flush = writer.submit(recorder::flush);
        writing.await();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 2; i <= 50; i++) {
                recorder.record(call(i, CallOutcome.OK));
            }
        }, "record() waited for the database");
        release.countDown();
        flush.get();
        writer.shutdown();
        recorder.close();

        assertEquals(50, store.counters(LOGGER).get(0).calls());
    }

    @Test
    void theWriterThreadWritesWithoutBeingAsked() {
        BatchedExecutionRecorder recorder = recorder(100, Duration.ofMillis(20));
        try {
            recorder.record(call(1, CallOutcome.OK));

            HostHarness.await("the queued execution is written", Duration.ofSeconds(10), () -> !store.newest(LOGGER, 1).isEmpty());
        } finally {
            recorder.close();
        }
    }
}
