package dev.plugbay.adapters.rest.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits' settings: the documented defaults, and a bad value refused naming its property. */
class LimitSettingsTest {

    @Test
    void theDefaultsAreUnlimitedBudgets256RequestsInFlightAnd30Seconds() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertEquals(new LimitSettings(0, 0, 256, Duration.ofSeconds(30)), context.getBean(LimitSettings.class));
        }
    }

    @Test
    void aNegativeBudgetOrNoRoomInFlightIsRefusedNamingTheProperty() {
        assertRefused(Map.of("plugbay.limits.reads-per-minute", -1), "plugbay.limits.reads-per-minute");
        assertRefused(Map.of("plugbay.limits.writes-per-minute", -5), "plugbay.limits.writes-per-minute");
        assertRefused(Map.of("plugbay.limits.max-in-flight", 0), "plugbay.limits.max-in-flight");
        assertRefused(Map.of("plugbay.limits.request-timeout", "0s"), "plugbay.limits.request-timeout");
        assertRefused(Map.of("plugbay.limits.request-timeout", "-1s"), "plugbay.limits.request-timeout");
    }

    private static void assertRefused(Map<String, Object> properties, String property) {
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            BeanInstantiationException refused = assertThrows(BeanInstantiationException.class,
                    () -> context.getBean(LimitSettings.class));
            assertTrue(refused.getMessage().contains(property), refused.getMessage());
        }
    }
}
