package dev.plugbay.adapters.host.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.host.PackageLimits;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginsPropertiesTest {

    @Test
    void theDefaultsAreHostMdsCaps() {
        try (ApplicationContext context = ApplicationContext.run()) {
            PackageLimits limits = context.getBean(PluginsProperties.class).limits();

            assertEquals(PackageLimits.DEFAULTS, limits);
            assertEquals(new PackageLimits(100L << 20, 10_000, 32, 50L << 20, 100), limits);
        }
    }

    @Test
    void everyCapCanBeSetAndSizesTakeUnits() {
        Map<String, Object> settings = Map.of(
                "plugbay.plugins.max-bytes", "20MB",
                "plugbay.plugins.max-files", 500,
                "plugbay.plugins.max-depth", 8,
                "plugbay.plugins.max-archive-bytes", "5MB",
                "plugbay.plugins.max-ratio", 40);
        try (ApplicationContext context = ApplicationContext.run(settings)) {
            assertEquals(new PackageLimits(20L << 20, 500, 8, 5L << 20, 40), context.getBean(PluginsProperties.class).limits());
        }
    }

    @Test
    void aCapThatIsNotPositiveStopsTheStartNamingTheSetting() {
        for (String setting : new String[] {"max-bytes", "max-files", "max-depth", "max-archive-bytes", "max-ratio"}) {
            RuntimeException failure = assertThrows(RuntimeException.class,
                    () -> ApplicationContext.run(Map.of("plugbay.plugins." + setting, 0)).close());

            assertTrue(messages(failure).contains("plugbay.plugins." + setting + " must be positive"), messages(failure));
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
