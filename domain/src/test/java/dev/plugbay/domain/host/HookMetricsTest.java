package dev.plugbay.domain.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** RUNTIME.md "Metrics and executions": what each outcome counts, nearest-rank percentiles, the summary. */
class HookMetricsTest {

    private static final PluginId LOGGER = new PluginId("logger");

    private static Execution call(CallOutcome outcome, long durationMs, String at) {
        return new Execution(LOGGER, Hook.ON_REQUEST, Instant.parse(at), durationMs, outcome, null);
    }

    @Test
    void eachOutcomeCountsWhereTheRowSaysRateLimitedAndUnavailableAreNotCalls() {
        HookCounters counters = HookCounters.none(Hook.ON_REQUEST);
        String[] times = {"2026-07-03T10:00:05Z", "2026-07-03T10:00:01Z", "2026-07-03T10:00:09Z", "2026-07-03T10:00:02Z",
            "2026-07-03T10:00:03Z", "2026-07-03T10:00:04Z", "2026-07-03T10:00:06Z"};
        CallOutcome[] outcomes = CallOutcome.values();
        for (int i = 0; i < outcomes.length; i++) {
            counters = counters.plus(call(outcomes[i], 1, times[i]));
        }

        assertEquals(new HookCounters(Hook.ON_REQUEST, 5, 2, 1, 1, 1, 1, Optional.of(Instant.parse("2026-07-03T10:00:09Z"))),
                counters);
    }

    @Test
    void countersAddUpAndKeepTheLaterTime() {
        HookCounters early = HookCounters.none(Hook.ON_REQUEST).plus(call(CallOutcome.OK, 1, "2026-07-03T10:00:01Z"));
        HookCounters late = HookCounters.none(Hook.ON_REQUEST).plus(call(CallOutcome.TIMEOUT, 1, "2026-07-03T10:00:02Z"));

        assertEquals(new HookCounters(Hook.ON_REQUEST, 2, 0, 1, 0, 0, 0, Optional.of(Instant.parse("2026-07-03T10:00:02Z"))),
                early.plus(late));
        assertEquals(early.plus(late), late.plus(early));
        assertEquals(early, HookCounters.none(Hook.ON_REQUEST).plus(early));
    }

    @Test
    void anotherHooksCallIsNotCountedHere() {
        assertThrows(IllegalArgumentException.class, () -> HookCounters.none(Hook.ON_ERROR).plus(call(CallOutcome.OK, 1,
                "2026-07-03T10:00:01Z")));
    }

    @Test
    void percentilesByNearestRank() {
        assertEquals(Optional.of(new DurationPercentiles(5, 10, 10)),
                DurationPercentiles.nearestRank(List.of(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L)));
        assertEquals(Optional.of(new DurationPercentiles(50, 95, 99)),
                DurationPercentiles.nearestRank(LongStream.rangeClosed(1, 100).boxed().toList()));
        assertEquals(Optional.of(new DurationPercentiles(501, 951, 991)),
                DurationPercentiles.nearestRank(LongStream.rangeClosed(1, 1000).map(i -> i + 1).boxed().toList()));
        assertEquals(Optional.of(new DurationPercentiles(7, 7, 7)), DurationPercentiles.nearestRank(List.of(7L)));
        assertEquals(Optional.of(new DurationPercentiles(1, 40, 40)), DurationPercentiles.nearestRank(List.of(40L, 1L)));
        assertEquals(Optional.empty(), DurationPercentiles.nearestRank(List.of()));
    }

    @Test
    void theSummaryCountsOkAndBlockedAsSuccessesAndRoundsTheMean() {
        List<Execution> kept = List.of(call(CallOutcome.OK, 1, "2026-07-03T10:00:01Z"),
                call(CallOutcome.BLOCKED, 2, "2026-07-03T10:00:02Z"), call(CallOutcome.ERROR, 2, "2026-07-03T10:00:03Z"),
                call(CallOutcome.TIMEOUT, 10_000, "2026-07-03T10:00:04Z"), call(CallOutcome.CRASHED, 0, "2026-07-03T10:00:05Z"),
                call(CallOutcome.OK, 0, "2026-07-03T10:00:06Z"));

        assertEquals(new ExecutionSummary(6, 3, 3, 1668), ExecutionSummary.of(kept));
        assertEquals(new ExecutionSummary(0, 0, 0, 0), ExecutionSummary.of(List.of()));
    }
}
