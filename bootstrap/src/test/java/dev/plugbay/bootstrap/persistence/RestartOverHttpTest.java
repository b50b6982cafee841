package dev.plugbay.bootstrap.persistence;

import static dev.plugbay.bootstrap.MarketplaceApi.find;
import static dev.plugbay.bootstrap.MarketplaceApi.number;
import static dev.plugbay.bootstrap.MarketplaceApi.post;
import static dev.plugbay.bootstrap.MarketplaceApi.put;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin created and installed over HTTP is still there, unchanged, when a new server starts on
 * the same configuration: on the embedded H2 default under plugbay.home, and on PostgreSQL.
 */
class RestartOverHttpTest {

    private static final String PLUGIN = "/api/v1/plugins/restart_card";
    private static final String INSTALLED = "/api/v1/plugins/installed";

    @Test
    void theEmbeddedDefaultKeepsACreatedPluginAndAnInstallationAcrossARestart(@TempDir Path home) {
        createInstallRestartAndRead(home, Map.of());

        assertTrue(Files.isRegularFile(home.resolve("db/plugbay.mv.db")), "the catalog is an H2 file under plugbay.home");
    }

    @Test
    void postgresKeepsACreatedPluginAndAnInstallationAcrossARestart(@TempDir Path home) {
        TestDatabase database = TestDatabase.postgres();
        try {
            createInstallRestartAndRead(home, database.properties());
        } finally {
            database.drop();
        }

        assertFalse(Files.exists(home.resolve("db")), "the server ran on PostgreSQL, not on the embedded default");
    }

    private static void createInstallRestartAndRead(Path home, Map<String, Object> database) {
        JsonValue pluginBefore;
        JsonValue installedBefore;
        try (PackagedServer first = PackagedServer.start(home, database)) {
            first.api().call("alice", post("/api/v1/plugins", Manifests.uiPlugin("restart_card", "1.0.0").toJson()), 201);
            first.api().call("bob", post("/api/v1/plugins/install", "{\"id\": \"restart_card\"}"), 201);
            first.api().call("bob", put("/api/v1/plugins/user/toggle",
                    "{\"pluginId\": \"restart_card\", \"isActive\": true}"), 200);
            pluginBefore = first.api().call("bob", HttpRequest.GET(PLUGIN), 200);
            installedBefore = first.api().call("bob", HttpRequest.GET(INSTALLED), 200);
        }

        try (PackagedServer second = PackagedServer.start(home, database)) {
            JsonValue pluginAfter = second.api().call("bob", HttpRequest.GET(PLUGIN), 200);
            JsonValue installedAfter = second.api().call("bob", HttpRequest.GET(INSTALLED), 200);

            assertEquals(pluginBefore, pluginAfter);
            assertEquals("alice", text(pluginAfter, "author"));
            assertEquals(1, number(pluginAfter, "downloadCount"));
            assertEquals(installedBefore, installedAfter);
            assertEquals("active", text(find(installedAfter, "restart_card"), "status"));
        }
    }
}
