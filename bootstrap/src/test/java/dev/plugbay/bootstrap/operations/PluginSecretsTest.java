package dev.plugbay.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plugbay.adapters.rest.security.JwtSigningKey;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RUNTIME.md "Environment", as an operator runs Plugbay: the server in a JVM of its own with its
 * secret in {@code PLUGBAY_JWT_SECRET} and a poisoned {@code NODE_OPTIONS}; a Node plugin holding
 * {@code env} prints its whole environment, in which neither appears.
 */
class PluginSecretsTest {

    private static final String SECRET = "s3cret-jwt-" + "x".repeat(40);
    private static final String TOKEN_SECRET = "plugbay-only-" + "y".repeat(20);

    @TempDir
    Path home;

    @TempDir
    Path sources;

    @Test
    void aPluginHoldingEnvFindsNoPlugbaySecretInAnyVariable() throws IOException {
        Path folder = Files.createDirectories(sources.resolve("env-reader"));
        Files.writeString(folder.resolve("plugin.json"), """
                {"id": "env-reader", "version": "1.0.0", "author": "plugbay", "main": "index.mjs",
                 "hooks": {"onActivate": true}, "permissions": ["env"]}""");
        Files.writeString(folder.resolve("index.mjs"), "export function onActivate() { console.error('ENV ' + JSON.stringify(process.env)); }\n");
        Map<String, String> environment = Map.of("PLUGBAY_JWT_SECRET", SECRET, "PLUGBAY_EXTRA_TOKEN", TOKEN_SECRET,
                "NODE_OPTIONS", "--require /nonexistent/evil.js");
        try (ChildServer server = ChildServer.start(home, Map.of(), environment, "secrets")) {
            String token = new TokenIssuer(JwtSigningKey.fromSecret(SECRET, "test"), "plugbay")
                    .issue("operator", List.of("ADMIN"), Instant.now(), Duration.ofMinutes(10));
            assertEquals(201, send(server.base(), token, "POST", "/api/plugins", "{\"path\": \"" + folder + "\"}").status());
            assertEquals(200, send(server.base(), token, "POST", "/api/plugins/env-reader/activate", "").status());

            JsonObject seen = environmentSeen(server.base(), token);

            assertEquals(new JsonString(home.resolve("plugin-data/env-reader").toRealPath().toString()), seen.get("HOME").orElseThrow());
            for (String name : seen.members().keySet()) {
                assertFalse(name.toUpperCase(Locale.ROOT).startsWith("PLUGBAY_"), name);
            }
            assertFalse(seen.has("NODE_OPTIONS"));
            assertFalse(seen.toJson().contains(SECRET), "the JWT secret is in no variable");
            assertFalse(seen.toJson().contains(TOKEN_SECRET), "no PLUGBAY_ value is in any variable");
        }
    }

    private record Answer(int status, String body) {
    }

    private static Answer send(URI base, String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        request = json == null ? request.method(method, BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The environment the plugin printed on stderr at onActivate, read back from its logs. */
    private static JsonObject environmentSeen(URI base, String token) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonValue logs = ((JsonObject) JsonReader.parse(send(base, token, "GET", "/api/plugins/env-reader/logs?limit=500", null).body()))
                    .get("logs").orElseThrow();
            Optional<String> line = ((JsonArray) logs).elements().stream()
                    .map(entry -> ((JsonString) ((JsonObject) entry).get("line").orElseThrow()).value())
                    .filter(text -> text.startsWith("ENV ")).findFirst();
            if (line.isPresent()) {
                return (JsonObject) JsonReader.parse(line.get().substring(4));
            }
            ChildServer.sleep(Duration.ofMillis(100));
        }
        fail("the plugin never printed its environment");
        return null;
    }
}
