package dev.plugbay.contracts.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.application.port.out.host.PluginExecutions;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.HookCounters;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code PluginExecutions} (RUNTIME.md "Metrics and executions"): every call is
 * counted, sent calls are kept newest first up to a number per plugin, and uninstall forgets both.
 */
public abstract class PluginExecutionsContract {

    private static final PluginId LOGGER = new PluginId("request-logger");
    private static final PluginId BANNER = new PluginId("welcome-banner");
    private static final Instant T0 = Instant.parse("2026-07-03T10:00:00.000Z");

    /** An empty store. */
    protected abstract PluginExecutions emptyExecutions();

    private static Execution execution(PluginId plugin, Hook hook, int second, long durationMs, CallOutcome outcome, String error) {
        return new Execution(plugin, hook, T0.plusSeconds(second).plusMillis(second), durationMs, outcome, error);
    }

    private static Execution ok(PluginId plugin, int second) {
        return execution(plugin, Hook.ON_REQUEST, second, second, CallOutcome.OK, null);
    }

    @Test
    void sentCallsAreKeptNewestFirstWithEveryFieldAndEveryCallIsCounted() {
        PluginExecutions store = emptyExecutions();
        List<Execution> batch = List.of(execution(LOGGER, Hook.ON_REQUEST, 1, 3, CallOutcome.OK, null),
                execution(LOGGER, Hook.ON_REQUEST, 2, 10_000, CallOutcome.TIMEOUT, "no answer within the call timeout"),
                execution(LOGGER, Hook.ON_REQUEST, 3, 0, CallOutcome.RATE_LIMITED, null),
                execution(LOGGER, Hook.ON_REQUEST, 4, 0, CallOutcome.UNAVAILABLE, null),
                execution(LOGGER, Hook.ON_REQUEST, 5, 7, CallOutcome.BLOCKED, null),
                execution(LOGGER, Hook.ON_ACTIVATE, 6, 12, CallOutcome.ERROR, "x".repeat(Execution.MAX_ERROR_LENGTH)),
                execution(LOGGER, Hook.ON_REQUEST, 7, 4, CallOutcome.CRASHED, "the process ended during the call"));

        store.append(batch, 1000);

        assertEquals(List.of(batch.get(6), batch.get(5), batch.get(4), batch.get(1), batch.get(0)), store.newest(LOGGER, 100));
        assertEquals(List.of(new HookCounters(Hook.ON_ACTIVATE, 1, 1, 0, 0, 0, 0, Optional.of(batch.get(5).startedAt())),
                new HookCounters(Hook.ON_REQUEST, 4, 1, 1, 1, 1, 1, Optional.of(batch.get(6).startedAt()))),
                store.counters(LOGGER));
    }

    @Test
    void newestIsByStartTimeWhateverTheOrderOfArrivalThenByArrival() {
        PluginExecutions store = emptyExecutions();
        Execution late = ok(LOGGER, 9);
        Execution early = ok(LOGGER, 1);
        Execution tieFirst = execution(LOGGER, Hook.ON_ERROR, 5, 1, CallOutcome.OK, null);
        Execution tieSecond = execution(LOGGER, Hook.ON_RESPONSE, 5, 2, CallOutcome.OK, null);

        store.append(List.of(late, tieFirst), 1000);
        store.append(List.of(early, tieSecond), 1000);

        assertEquals(List.of(late, tieSecond, tieFirst, early), store.newest(LOGGER, 10));
        assertEquals(List.of(late, tieSecond), store.newest(LOGGER, 2));
    }

    @Test
    void onlyTheNewestKeptPerPluginRemainButTheCountersCountEveryCall() {
        PluginExecutions store = emptyExecutions();
        List<Execution> first = IntStream.range(0, 8).mapToObj(second -> ok(LOGGER, second)).toList();
        List<Execution> second = IntStream.range(8, 14).mapToObj(s -> ok(LOGGER, s)).toList();

        store.append(first, 10);
        store.append(second, 10);
        store.append(List.of(ok(BANNER, 1)), 10);

        List<Execution> expected = new ArrayList<>();
        IntStream.iterate(13, s -> s >= 4, s -> s - 1).forEach(s -> expected.add(ok(LOGGER, s)));
        assertEquals(expected, store.newest(LOGGER, 100));
        assertEquals(14, store.counters(LOGGER).get(0).calls());
        assertEquals(List.of(ok(BANNER, 1)), store.newest(BANNER, 100));
    }

    @Test
    void countersAddUpAcrossBatchesAndKeepTheLatestCall() {
        PluginExecutions store = emptyExecutions();

        store.append(List.of(ok(LOGGER, 5), execution(LOGGER, Hook.ON_REQUEST, 6, 1, CallOutcome.ERROR, "boom")), 1000);
        store.append(List.of(ok(LOGGER, 2), execution(LOGGER, Hook.ON_REQUEST, 3, 1, CallOutcome.RATE_LIMITED, null)), 1000);

        assertEquals(List.of(new HookCounters(Hook.ON_REQUEST, 3, 1, 0, 0, 1, 0, Optional.of(ok(LOGGER, 6).startedAt()))),
                store.counters(LOGGER));
    }

    @Test
    void aPluginThatWasOnlyRateLimitedHasCountersButNoExecutions() {
        PluginExecutions store = emptyExecutions();

        store.append(List.of(execution(LOGGER, Hook.ON_ACTION, 1, 0, CallOutcome.RATE_LIMITED, null)), 1000);

        assertEquals(List.of(), store.newest(LOGGER, 10));
        assertEquals(List.of(new HookCounters(Hook.ON_ACTION, 0, 0, 0, 0, 1, 0, Optional.of(ok(LOGGER, 1).startedAt()))),
                store.counters(LOGGER));
    }

    @Test
    void deletingOnePluginForgetsItsExecutionsAndCountersAndKeepsTheOthers() {
        PluginExecutions store = emptyExecutions();
        store.append(List.of(ok(LOGGER, 1), ok(BANNER, 2)), 1000);

        store.delete(LOGGER);
        store.delete(new PluginId("never-called"));

        assertEquals(List.of(), store.newest(LOGGER, 10));
        assertEquals(List.of(), store.counters(LOGGER));
        assertEquals(List.of(ok(BANNER, 2)), store.newest(BANNER, 10));
        assertEquals(1, store.counters(BANNER).size());
        store.append(List.of(ok(LOGGER, 3)), 1000);
        assertEquals(1, store.counters(LOGGER).get(0).calls());
    }

    @Test
    void anUnknownPluginAndAnEmptyBatchHaveNothing() {
        PluginExecutions store = emptyExecutions();

        store.append(List.of(), 1000);

        assertEquals(List.of(), store.newest(LOGGER, 10));
        assertEquals(List.of(), store.counters(LOGGER));
    }
}
