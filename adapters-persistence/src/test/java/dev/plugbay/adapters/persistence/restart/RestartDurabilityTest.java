package dev.plugbay.adapters.persistence.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.catalog.JdbcCatalog;
import dev.plugbay.adapters.persistence.installation.JdbcInstallations;
import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Username;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is written before a stop is read back after a start, on the H2 file default and on PostgreSQL. */
class RestartDurabilityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456Z"), ZoneOffset.UTC);
    private static final PluginId CLOCK_PLUGIN = new PluginId("clock");

    @Test
    void theEmbeddedH2FileKeepsAPluginAndAnInstallationAcrossARestart(@TempDir Path home) {
        TestDatabase database = TestDatabase.h2File(home);

        writeThenRestartAndRead(database);

        assertTrue(Files.isRegularFile(home.resolve("db/plugbay.mv.db")), "the database is a file under plugbay.home");
    }

    @Test
    void postgresKeepsAPluginAndAnInstallationAcrossARestart() {
        TestDatabase database = TestDatabase.postgres();
        try {
            writeThenRestartAndRead(database);
        } finally {
            database.drop();
        }
    }

    private static void writeThenRestartAndRead(TestDatabase database) {
        Plugin plugin = Plugin.create(Manifests.reader().read(Manifests.uiPlugin("clock", "1.0.0")
                .with("author", new JsonString("alice")), ManifestOrigin.document()).manifest(),
                false, 0, Set.of(), CLOCK);
        Installation installation = Installation.install(new Username("Bob"), CLOCK_PLUGIN, plugin.latestRelease(), CLOCK);
        try (ApplicationContext first = ApplicationContext.run(database.properties())) {
            first.getBean(JdbcCatalog.class).insert(plugin);
            first.getBean(JdbcInstallations.class).insert(installation);
        }

        try (ApplicationContext second = ApplicationContext.run(database.properties())) {
            assertEquals(plugin, second.getBean(JdbcCatalog.class).find(CLOCK_PLUGIN).orElseThrow());
            assertEquals(List.of(installation), second.getBean(JdbcInstallations.class).listByOwner(new Username("bob")));
        }
    }
}
