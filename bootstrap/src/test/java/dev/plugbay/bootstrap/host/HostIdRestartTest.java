package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.bootstrap.PackagedServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host id (docs/persistence.md): without {@code plugbay.host.id} a home generates one once and
 * keeps it in {@code <plugbay.home>/host-id}, so a restart is the same host and finds its settings;
 * the same database started under another {@code plugbay.host.id} is another host, with its own.
 */
class HostIdRestartTest {

    private static final String URL = "https://raw.githubusercontent.com/plugbay/registry/main/plugins.json";

    @TempDir
    Path home;

    @Test
    void aGeneratedHostIdIsKeptAcrossARestartOfTheSameHome() throws IOException {
        String generated;
        try (PackagedServer server = PackagedServer.start(home, Map.of())) {
            generated = hostIdFile();
            assertEquals(UUID.fromString(generated).toString(), generated);
            new HostOperator(server).call(HttpRequest.PATCH("/api/settings", "{\"pluginMarketplaceUrl\": \"" + URL + "\"}")
                    .contentType(MediaType.APPLICATION_JSON_TYPE), 200);
        }

        try (PackagedServer restarted = PackagedServer.start(home, Map.of())) {
            assertEquals(generated, hostIdFile());
            assertEquals(URL, text(new HostOperator(restarted).call(HttpRequest.GET("/api/settings"), 200), "pluginMarketplaceUrl"));
        }

        try (PackagedServer elsewhere = PackagedServer.start(home, Map.of("plugbay.host.id", "configured-host"))) {
            assertEquals("{\"pluginMarketplaceUrl\":null}",
                    new HostOperator(elsewhere).call(HttpRequest.GET("/api/settings"), 200).toJson());
            assertEquals(generated, hostIdFile());
        }
    }

    private String hostIdFile() throws IOException {
        return Files.readString(home.resolve("host-id"), StandardCharsets.UTF_8).strip();
    }
}
