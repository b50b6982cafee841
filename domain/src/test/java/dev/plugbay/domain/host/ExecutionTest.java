package dev.plugbay.domain.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExecutionTest {

    private static Execution failed(String error) {
        return new Execution(new PluginId("logger"), Hook.ON_REQUEST, Instant.EPOCH, 3, CallOutcome.ERROR, error);
    }

    @Test
    void anErrorIsCutToFiveHundredCharactersWithoutSplittingALetter() {
        assertEquals(500, failed("e".repeat(800)).error().length());
        String emoji = "\uD83D\uDE00";
        assertEquals("a".repeat(499), failed("a".repeat(499) + emoji + "tail").error());
        assertEquals("short", failed("short").error());
    }

    @Test
    void aNegativeDurationIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Execution(new PluginId("logger"), Hook.ON_REQUEST, Instant.EPOCH, -1, CallOutcome.OK, null));
    }

    @Test
    void onlyCallsThatReachedThePluginAreSentAndOkOrBlockedAreSuccesses() {
        for (CallOutcome outcome : CallOutcome.values()) {
            boolean notSent = outcome == CallOutcome.RATE_LIMITED || outcome == CallOutcome.UNAVAILABLE;
            assertEquals(!notSent, outcome.sent(), outcome.wireName());
        }
        assertTrue(CallOutcome.BLOCKED.success());
        assertFalse(CallOutcome.CRASHED.success());
        assertEquals(CallOutcome.RATE_LIMITED, CallOutcome.fromWireName("rate-limited").orElseThrow());
    }
}
