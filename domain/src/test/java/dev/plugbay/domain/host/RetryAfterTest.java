package dev.plugbay.domain.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-07-03T10:00:00Z");

    @Test
    void wholeSecondsRoundedUpAndNeverLessThanOne() {
        assertEquals(1, RetryAfter.secondsUntil(NOW, NOW.plusMillis(1)));
        assertEquals(1, RetryAfter.secondsUntil(NOW, NOW.plusMillis(1_000)));
        assertEquals(2, RetryAfter.secondsUntil(NOW, NOW.plusMillis(1_001)));
        assertEquals(30, RetryAfter.secondsUntil(NOW, NOW.plusSeconds(30)));
        assertEquals(1, RetryAfter.secondsUntil(NOW, NOW));
        assertEquals(1, RetryAfter.secondsUntil(NOW, NOW.minusSeconds(5)));
    }
}
