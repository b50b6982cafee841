package dev.plugbay.adapters.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.host.testing.TestContexts;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.application.port.out.host.PluginProcesses;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code plugbay.runtime} settings as Micronaut binds them, and a bad one stopping the start. */
class RuntimeSettingsTest {

    @TempDir
    Path home;

    @Test
    void theDefaultsAreRuntimeMdsAndTheRuntimeStartsWithTheContext() throws IOException {
        try (ApplicationContext context = start(Map.of())) {
            assertEquals(RuntimeSettings.defaults(), context.getBean(RuntimeSettings.class));
            assertTrue(context.getBean(PluginProcesses.class) != null && context.getBean(PluginLogs.class) != null);
            try (Stream<Path> scripts = Files.list(home.resolve("runtime"))) {
                assertEquals(1, scripts.filter(path -> path.getFileName().toString().endsWith(".mjs")).count(),
                        "the host script is written at startup");
            }
        }
    }

    @Test
    void everySettingBinds() {
        try (ApplicationContext context = start(Map.of("plugbay.runtime.node", "/usr/bin/node", "plugbay.runtime.start-timeout", "2s",
                "plugbay.runtime.call-timeout", "1500ms", "plugbay.runtime.kill-grace", "1s", "plugbay.runtime.log-lines", "50",
                "plugbay.runtime.env-passthrough", List.of("OPENAI_API_KEY", "TZ"), "plugbay.runtime.require-enforcement", "true", "plugbay.runtime.rate-limit", "7"))) {
            assertEquals(new RuntimeSettings("/usr/bin/node", Duration.ofSeconds(2), Duration.ofMillis(1500), Duration.ofSeconds(1), 50,
                    List.of("OPENAI_API_KEY", "TZ"), true, 7), context.getBean(RuntimeSettings.class));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plugbay.runtime.kill-grace|0s|plugbay.runtime.kill-grace must be a positive duration, not PT0S",
        "plugbay.runtime.start-timeout|-1s|plugbay.runtime.start-timeout must be a positive duration, not PT-1S",
        "plugbay.runtime.log-lines|0|plugbay.runtime.log-lines must be from 1 to 10000, not 0",
        "plugbay.runtime.rate-limit|0|plugbay.runtime.rate-limit must be at least 1 call per second, not 0",
        "plugbay.runtime.node|' '|plugbay.runtime.node must name the Node.js executable (default: node)",
        "plugbay.runtime.env-passthrough|PLUGBAY_JWT_SECRET|plugbay.runtime.env-passthrough: 'PLUGBAY_JWT_SECRET' is never passed to a plugin"})
    void aBadSettingStopsTheStartNamingIt(String property, String value, String message) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> start(Map.of(property, value)).close());

        assertTrue(TestContexts.messages(failure).contains(message), TestContexts.messages(failure));
    }

    private ApplicationContext start(Map<String, Object> properties) {
        return TestContexts.start(home, properties);
    }
}
