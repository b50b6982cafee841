package dev.plugbay.bootstrap.operations;

import static dev.plugbay.bootstrap.HttpCalls.body;
import static dev.plugbay.bootstrap.HttpCalls.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.PackagedServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /prometheus} over HTTP: the HTTP server timers by route template and status, the JVM, the
 * connection pool, the registry syncs, the outbound calls by outcome and the catalog caches; read from
 * this machine without a token, or only with an ADMIN token when loopback is not allowed.
 */
class MetricsOverHttpTest {

    private static final String PROMETHEUS = "/prometheus";

    @Test
    void aCallerOnThisMachineReadsEveryFamilyOfMeters(@TempDir Path home) {
        try (FakeGitHub github = FakeGitHub.withFixtureRegistry();
             PackagedServer server = PackagedServer.start(home, PackagedServer.mirroring(github))) {
            assertEquals(200, call(server, "alice", List.of(), HttpRequest.GET("/api/v1/plugins/installed")).code());
            assertEquals(200, call(server, "alice", List.of(), HttpRequest.GET("/api/v1/plugins/community?size=5")).code());
            assertEquals(200, call(server, "alice", List.of(), HttpRequest.GET("/api/v1/plugins/community?size=5")).code());
            assertEquals(200, call(server, "root", List.of("ADMIN"), HttpRequest.POST("/api/v1/admin/registry/sync", "")).code());

            HttpResponse<String> metrics = exchange(server.client(), HttpRequest.GET(PROMETHEUS));

            assertEquals(200, metrics.code(), body(metrics));
            String text = body(metrics);
            assertHasLine(text, "http_server_requests_seconds_count{", "uri=\"/api/v1/plugins/installed\"", "status=\"200\"");
            assertHasLine(text, "jvm_memory_used_bytes{");
            assertHasLine(text, "hikaricp_connections_max{");
            assertHasLine(text, "plugbay_registry_sync_seconds_count{", "outcome=\"success\"");
            assertHasLine(text, "plugbay_registry_sync_changes_total{", "change=\"added\"");
            assertHasLine(text, "plugbay_outbound_requests_seconds_count{", "outcome=\"2xx\"");
            assertHasLine(text, "cache_gets_total{", "cache=\"community-pages\"", "result=\"hit\"");
            assertHasLine(text, "cache_gets_total{", "cache=\"catalog-search-results\"");
            assertHasLine(text, "cache_gets_total{", "cache=\"release-manifests\"");
        }
    }

    /**
     * The same token asks for the same page three times: the first is read and rendered by the
     * framework's route, the next two are answered from memory by the kept pages' route, and all
     * three are in the framework's request timer.
     */
    @Test
    void communityPagesAnsweredFromMemoryAreTimedWithTheFrameworksAnswers(@TempDir Path home) {
        try (PackagedServer server = PackagedServer.start(home, Map.of())) {
            String token = server.context().getBean(TokenIssuer.class).issue("alice", List.of(), Instant.now(), Duration.ofMinutes(5));
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> page = exchange(server.client(), HttpRequest.GET("/api/v1/plugins/community?size=7").bearerAuth(token));
                assertEquals(200, page.code(), body(page));
            }

            String text = body(exchange(server.client(), HttpRequest.GET(PROMETHEUS)));

            assertEquals(3.0, value(text, "http_server_requests_seconds_count{", "uri=\"/api/v1/plugins/community\"",
                    "status=\"200\""), text);
            assertEquals(2.0, value(text, "plugbay_community_kept_answers_total"), text);
        }
    }

    /**
     * The caches report to the application's own registry: a server started after another one in the
     * same JVM (as the tests do) shows its own caches' counts, not the closed server's, even once that
     * server's caches are garbage.
     */
    @Test
    void eachServerReportsItsOwnCaches(@TempDir Path first, @TempDir Path second) {
        try (PackagedServer earlier = PackagedServer.start(first, Map.of())) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, call(earlier, "alice", List.of(), HttpRequest.GET("/api/v1/plugins/community?size=3")).code());
            }
        }
        System.gc();
        try (PackagedServer server = PackagedServer.start(second, Map.of())) {
            String token = server.context().getBean(TokenIssuer.class).issue("bob", List.of(), Instant.now(), Duration.ofMinutes(5));
            for (int i = 0; i < 2; i++) {
                assertEquals(200, exchange(server.client(), HttpRequest.GET("/api/v1/plugins/community?size=4").bearerAuth(token)).code());
            }

            String text = body(exchange(server.client(), HttpRequest.GET(PROMETHEUS)));

            assertEquals(1.0, value(text, "cache_gets_total{", "cache=\"community-pages\"", "result=\"hit\""), text);
            assertEquals(1.0, value(text, "cache_size{", "cache=\"community-pages\""), text);
        }
    }

    @Test
    void withoutLoopbackOnlyAnAdminTokenReadsTheMetrics(@TempDir Path home) {
        try (PackagedServer server = PackagedServer.start(home, Map.of("plugbay.metrics.allow-loopback", false))) {
            assertEquals(401, exchange(server.client(), HttpRequest.GET(PROMETHEUS)).code());
            assertEquals(403, call(server, "alice", List.of(), HttpRequest.GET(PROMETHEUS)).code());
            assertEquals(403, call(server, "alice", List.of(), HttpRequest.GET(PROMETHEUS + "/")).code());
            assertEquals(200, call(server, "root", List.of("ADMIN"), HttpRequest.GET(PROMETHEUS)).code());
        }
    }

    private static HttpResponse<String> call(PackagedServer server, String subject, List<String> roles,
            MutableHttpRequest<?> request) {
        TokenIssuer tokens = server.context().getBean(TokenIssuer.class);
        return exchange(server.client(), request.bearerAuth(tokens.issue(subject, roles, Instant.now(), Duration.ofMinutes(5))));
    }

    /** The value on the one line that has every part. */
    private static double value(String exposition, String... parts) {
        List<String> lines = exposition.lines().filter(line -> !line.startsWith("#"))
                .filter(line -> List.of(parts).stream().allMatch(line::contains)).toList();
        assertEquals(1, lines.size(), "lines with " + List.of(parts) + ": " + lines);
        return Double.parseDouble(lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1));
    }

    private static void assertHasLine(String exposition, String... parts) {
        boolean found = exposition.lines().anyMatch(line -> List.of(parts).stream().allMatch(line::contains));
        assertTrue(found, "no line with " + List.of(parts) + " in:\n" + exposition);
    }
}
