package dev.plugbay.adapters.persistence.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.adapters.persistence.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved registry URL is read back after a restart, on the H2 file default and on PostgreSQL. */
class HostSettingsRestartTest {

    private static final String URL = "https://plugins.example/registry.json";

    @Test
    void theEmbeddedH2FileKeepsTheRegistryUrlAcrossARestart(@TempDir Path home) {
        saveThenRestartAndRead(TestDatabase.h2File(home));
    }

    @Test
    void postgresKeepsTheRegistryUrlAcrossARestart() {
        TestDatabase database = TestDatabase.postgres();
        try {
            saveThenRestartAndRead(database);
        } finally {
            database.drop();
        }
    }

    private static void saveThenRestartAndRead(TestDatabase database) {
        try (ApplicationContext first = ApplicationContext.run(database.properties())) {
            first.getBean(JdbcHostSettings.class).savePluginMarketplaceUrl(Optional.of(URL));
        }

        try (ApplicationContext second = ApplicationContext.run(database.properties())) {
            assertEquals(Optional.of(URL), second.getBean(JdbcHostSettings.class).pluginMarketplaceUrl());
        }
    }
}
