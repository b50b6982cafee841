package dev.plugbay.domain.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RUNTIME.md "Timeouts, crashes, restarts": backoff, its reset, and the crash loop. */
class CrashHistoryTest {

    private static final Instant T0 = Instant.parse("2026-07-03T10:00:00Z");

    @Test
    void backoffDoublesUpTo30SecondsForCrashesSpreadOverMoreThanTheLoopWindow() {
        CrashHistory history = CrashHistory.NONE;
        List<Long> delays = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            CrashHistory.Verdict verdict = history.crashed(T0.plus(Duration.ofMinutes(2L * n)), Duration.ofSeconds(1), "x");
            delays.add(((CrashHistory.Respawn) verdict).delay().toSeconds());
            history = verdict.history();
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), delays);
    }

    @Test
    void aProcessThatRan60SecondsStartsTheCountAgain() {
        CrashHistory history = CrashHistory.NONE.crashed(T0, Duration.ZERO, "x").history()
                .crashed(T0.plusSeconds(1), Duration.ZERO, "x").history();

        CrashHistory.Verdict afterStableRun = history.crashed(T0.plusSeconds(100), Duration.ofSeconds(60), "x");

        assertEquals(Duration.ofSeconds(1), ((CrashHistory.Respawn) afterStableRun).delay());
    }

    @Test
    void theFifthCrashWithinFiveMinutesIsACrashLoopNamingTheLastReason() {
        CrashHistory history = CrashHistory.NONE;
        for (int n = 0; n < 4; n++) {
            history = history.crashed(T0.plusSeconds(n), Duration.ZERO, "x").history();
        }
        CrashHistory.Verdict fifth = history.crashed(T0.plusSeconds(299), Duration.ZERO, "exited with code 3");

        CrashHistory.CrashLoop loop = assertInstanceOf(CrashHistory.CrashLoop.class, fifth);
        assertEquals("Crash loop: 5 unexpected exits within 5 minutes (last: exited with code 3)", loop.message());
    }

    @Test
    void crashesOlderThanFiveMinutesDoNotCount() {
        CrashHistory history = CrashHistory.NONE;
        for (int n = 0; n < 4; n++) {
            history = history.crashed(T0.plusSeconds(n), Duration.ZERO, "x").history();
        }
        assertInstanceOf(CrashHistory.Respawn.class, history.crashed(T0.plusSeconds(301), Duration.ZERO, "x"));
    }
}
