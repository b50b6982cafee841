package dev.plugbay.application.service.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RUNTIME.md "Metrics and executions": what each ending of a sent call is recorded as. */
class CallExecutionsTest {

    private static final PluginId LOGGER = new PluginId("request-logger");
    private static final Instant START = Instant.parse("2026-07-03T10:00:00.000Z");

    private static Execution of(CallResult result) {
        return CallExecutions.of(LOGGER, Hook.ON_ACTIVATE, START, START.plusMillis(42), result);
    }

    @Test
    void eachEndingHasItsOutcomeDurationAndWords() {
        assertEquals(new Execution(LOGGER, Hook.ON_ACTIVATE, START, 42, CallOutcome.OK, null), of(new CallResult.Answered(JsonNull.INSTANCE)));
        assertEquals(new Execution(LOGGER, Hook.ON_ACTIVATE, START, 42, CallOutcome.ERROR, "boom"), of(new CallResult.Failed("boom")));
        assertEquals(new Execution(LOGGER, Hook.ON_ACTIVATE, START, 42, CallOutcome.TIMEOUT, "no answer within the call timeout"),
                of(new CallResult.TimedOut()));
        assertEquals(new Execution(LOGGER, Hook.ON_ACTIVATE, START, 42, CallOutcome.CRASHED,
                "the process ended during the call (exited with code 1)"), of(new CallResult.Crashed("exited with code 1")));
        assertEquals(new Execution(LOGGER, Hook.ON_ACTIVATE, START, 42, CallOutcome.ERROR, "not sent: payload too large"),
                of(new CallResult.NotSent("payload too large")));
    }

    @Test
    void aClockThatWentBackIsAZeroDuration() {
        assertEquals(0, CallExecutions.of(LOGGER, Hook.ON_ACTIVATE, START, START.minusMillis(5), new CallResult.TimedOut()).durationMs());
    }
}
