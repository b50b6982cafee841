package dev.plugbay.domain.host.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** RUNTIME.md "Hook pipeline", rate limit, with its vectors on a clock the test moves. */
class CallRateLimitTest {

    private static final PluginId PLUGIN = new PluginId("busy");
    private static final Instant T0 = Instant.parse("2026-07-03T10:00:00Z");

    private final CallRateLimit limit = new CallRateLimit(100);

    private int sent(int calls, Instant at) {
        int sent = 0;
        for (int i = 0; i < calls; i++) {
            if (limit.admit(PLUGIN, Hook.ON_REQUEST, at).isEmpty()) {
                sent++;
            }
        }
        return sent;
    }

    @Test
    void aBurstOf110Sends100AndRefuses10() {
        assertEquals(100, sent(110, T0));
    }

    @Test
    void after100CallsAPauseOf1100MsOpensANewWindow() {
        int sent = sent(100, T0) + sent(1, T0.plusMillis(1100));

        assertEquals(101, sent);
    }

    @Test
    void theWindowIsFixedFromItsFirstCallNotSliding() {
        assertEquals(50, sent(50, T0));
        assertEquals(50, sent(60, T0.plusMillis(900)));
        assertEquals(100, sent(100, T0.plusMillis(1000)), "the window opened at T0 closed at T0 + 1 s");
        assertEquals(0, sent(1, T0.plusMillis(1999)));
    }

    @Test
    void retryAfterIsTheWholeSecondsToTheWindowsEndAtLeastOne() {
        sent(100, T0);

        assertEquals(OptionalLong.of(1), limit.admit(PLUGIN, Hook.ON_ACTION, T0));
        assertEquals(OptionalLong.of(1), limit.admit(PLUGIN, Hook.ON_ACTION, T0.plusMillis(999)));
    }

    @Test
    void trafficHooksAndOnActionShareOneBudgetAndLifecycleHooksAreExempt() {
        for (Hook hook : new Hook[] {Hook.ON_REQUEST, Hook.ON_RESPONSE, Hook.ON_ERROR, Hook.ON_ACTION}) {
            IntStream.range(0, 25).forEach(i -> limit.admit(PLUGIN, hook, T0));
        }
        for (Hook lifecycle : new Hook[] {Hook.ON_INSTALL, Hook.ON_ACTIVATE, Hook.ON_DEACTIVATE, Hook.ON_UNINSTALL}) {
            assertEquals(OptionalLong.empty(), limit.admit(PLUGIN, lifecycle, T0), lifecycle.wireName());
        }
        assertEquals(OptionalLong.of(1), limit.admit(PLUGIN, Hook.ON_REQUEST, T0));
    }

    @Test
    void eachPluginHasItsOwnBudget() {
        sent(100, T0);

        assertEquals(OptionalLong.empty(), limit.admit(new PluginId("quiet"), Hook.ON_REQUEST, T0));
    }

    @Test
    void concurrentCallersNeverGetMoreThanTheLimit() {
        AtomicInteger admitted = new AtomicInteger();
        IntStream.range(0, 1000).parallel().forEach(i -> {
            if (limit.admit(PLUGIN, Hook.ON_REQUEST, T0.plus(Duration.ofMillis(i % 10))).isEmpty()) {
                admitted.incrementAndGet();
            }
        });

        assertEquals(100, admitted.get());
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CallRateLimit(0));
    }
}
