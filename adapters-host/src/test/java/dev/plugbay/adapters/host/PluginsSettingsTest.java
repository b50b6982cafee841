package dev.plugbay.adapters.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.host.testing.TestContexts;
import dev.plugbay.application.port.out.host.PackageLimits;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code plugbay.plugins} caps as Micronaut binds them, and a bad one stopping the start. */
class PluginsSettingsTest {

    @TempDir
    Path home;

    @Test
    void theDefaultsAreHostMdsCaps() {
        try (ApplicationContext context = start(Map.of())) {
            PackageLimits limits = context.getBean(PluginsSettings.class).limits();

            assertEquals(PackageLimits.DEFAULTS, limits);
            assertEquals(new PackageLimits(100L << 20, 10_000, 32, 50L << 20, 100), limits);
        }
    }

    @Test
    void everyCapBindsAndSizesTakeUnits() {
        try (ApplicationContext context = start(Map.of("plugbay.plugins.max-bytes", "20MB", "plugbay.plugins.max-files", 500,
                "plugbay.plugins.max-depth", 8, "plugbay.plugins.max-archive-bytes", "5242880", "plugbay.plugins.max-ratio", 40))) {
            assertEquals(new PackageLimits(20L << 20, 500, 8, 5L << 20, 40), context.getBean(PluginsSettings.class).limits());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"max-bytes", "max-files", "max-depth", "max-archive-bytes", "max-ratio"})
    void aCapThatIsNotPositiveStopsTheStartNamingIt(String setting) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> start(Map.of("plugbay.plugins." + setting, 0)).close());

        assertTrue(TestContexts.messages(failure).contains("plugbay.plugins." + setting + " must be positive, not 0"), TestContexts.messages(failure));
    }

    private ApplicationContext start(Map<String, Object> properties) {
        return TestContexts.start(home, properties);
    }
}
