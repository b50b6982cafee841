package dev.plugbay.bootstrap.operations;

import static dev.plugbay.bootstrap.HttpCalls.body;
import static dev.plugbay.bootstrap.HttpCalls.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.bootstrap.PackagedServer;
import io.micronaut.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probes over HTTP, anonymous: {@code /health} is "the database answers", liveness is "the process
 * answers", readiness adds the age of the registry's last successful sync when a maximum is configured.
 */
class HealthProbesOverHttpTest {

    @Test
    void everyProbeIsUpOnAFreshServer(@TempDir Path home) {
        try (PackagedServer server = PackagedServer.start(home, Map.of("plugbay.readiness.max-sync-age", "1ms"))) {
            for (String probe : new String[] {"/health", "/health/liveness", "/health/readiness"}) {
                var answer = exchange(server.client(), HttpRequest.GET(probe));
                assertEquals(200, answer.code(), probe + ": " + body(answer));
                assertEquals("{\"status\":\"UP\"}", body(answer), probe + " (no registry: its age is not checked)");
            }
        }
    }

    @Test
    void aStaleRegistryMirrorMakesTheInstanceUnreadyWhileHealthStillMeansTheDatabase(@TempDir Path home) {
        try (FakeGitHub github = FakeGitHub.withFixtureRegistry()) {
            try (PackagedServer server = PackagedServer.start(home, mirroringWithMaxSyncAge(github, "1ms"))) {
                var readiness = exchange(server.client(), HttpRequest.GET("/health/readiness"));
                Instant deadline = Instant.now().plusSeconds(10);
                while (readiness.code() == 200 && Instant.now().isBefore(deadline)) {
                    readiness = exchange(server.client(), HttpRequest.GET("/health/readiness"));
                }

                assertEquals(503, readiness.code(), body(readiness));
                assertEquals("{\"status\":\"DOWN\"}", body(readiness));
                assertEquals(200, exchange(server.client(), HttpRequest.GET("/health")).code());
                assertEquals(200, exchange(server.client(), HttpRequest.GET("/health/liveness")).code());
            }
        }
    }

    @Test
    void beforeTheFirstSyncTheStartCountsAsFresh(@TempDir Path home) {
        try (FakeGitHub github = FakeGitHub.withFixtureRegistry()) {
            try (PackagedServer server = PackagedServer.start(home, mirroringWithMaxSyncAge(github, "1h"))) {
                assertEquals(200, exchange(server.client(), HttpRequest.GET("/health/readiness")).code());
            }
        }
    }

    private static Map<String, Object> mirroringWithMaxSyncAge(FakeGitHub github, String maxAge) {
        Map<String, Object> properties = new HashMap<>(PackagedServer.mirroring(github));
        properties.put("plugbay.readiness.max-sync-age", maxAge);
        return properties;
    }
}
