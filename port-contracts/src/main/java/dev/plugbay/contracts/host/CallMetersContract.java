package dev.plugbay.contracts.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.application.port.out.host.CallMeters;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The contract of {@code CallMeters}: sent calls timed per plugin and hook, every call counted per outcome. */
public abstract class CallMetersContract {

    private static final PluginId LOGGER = new PluginId("request-logger");
    private static final PluginId BANNER = new PluginId("welcome-banner");

    /** Meters that have seen nothing. */
    protected abstract CallMeters emptyMeters();

    /** How many calls of the plugin's hook were timed, and their total duration in milliseconds. */
    protected abstract long timed(CallMeters meters, PluginId plugin, Hook hook);

    protected abstract long timedMillis(CallMeters meters, PluginId plugin, Hook hook);

    /** How many calls of the plugin's hook ended with this outcome. */
    protected abstract long counted(CallMeters meters, PluginId plugin, Hook hook, CallOutcome outcome);

    private static Execution call(PluginId plugin, Hook hook, long durationMs, CallOutcome outcome) {
        return new Execution(plugin, hook, Instant.parse("2026-07-03T10:00:00Z"), durationMs, outcome, null);
    }

    @Test
    void sentCallsAreTimedAndEveryCallIsCountedUnderItsOutcome() {
        CallMeters meters = emptyMeters();

        meters.meter(call(LOGGER, Hook.ON_REQUEST, 3, CallOutcome.OK));
        meters.meter(call(LOGGER, Hook.ON_REQUEST, 10, CallOutcome.TIMEOUT));
        meters.meter(call(LOGGER, Hook.ON_REQUEST, 0, CallOutcome.RATE_LIMITED));
        meters.meter(call(LOGGER, Hook.ON_REQUEST, 0, CallOutcome.UNAVAILABLE));
        meters.meter(call(LOGGER, Hook.ON_REQUEST, 4, CallOutcome.OK));

        assertEquals(3, timed(meters, LOGGER, Hook.ON_REQUEST));
        assertEquals(17, timedMillis(meters, LOGGER, Hook.ON_REQUEST));
        assertEquals(2, counted(meters, LOGGER, Hook.ON_REQUEST, CallOutcome.OK));
        assertEquals(1, counted(meters, LOGGER, Hook.ON_REQUEST, CallOutcome.TIMEOUT));
        assertEquals(1, counted(meters, LOGGER, Hook.ON_REQUEST, CallOutcome.RATE_LIMITED));
        assertEquals(1, counted(meters, LOGGER, Hook.ON_REQUEST, CallOutcome.UNAVAILABLE));
        assertEquals(0, counted(meters, LOGGER, Hook.ON_REQUEST, CallOutcome.ERROR));
    }

    @Test
    void pluginsAndHooksAreMeteredApart() {
        CallMeters meters = emptyMeters();

        meters.meter(call(LOGGER, Hook.ON_ACTIVATE, 5, CallOutcome.OK));
        meters.meter(call(BANNER, Hook.ON_REQUEST, 7, CallOutcome.BLOCKED));

        assertEquals(1, timed(meters, LOGGER, Hook.ON_ACTIVATE));
        assertEquals(0, timed(meters, LOGGER, Hook.ON_REQUEST));
        assertEquals(1, counted(meters, BANNER, Hook.ON_REQUEST, CallOutcome.BLOCKED));
        assertEquals(0, counted(meters, BANNER, Hook.ON_ACTIVATE, CallOutcome.OK));
    }
}
