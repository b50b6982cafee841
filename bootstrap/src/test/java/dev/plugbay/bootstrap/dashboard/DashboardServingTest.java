package dev.plugbay.bootstrap.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.HttpCalls;
import dev.plugbay.contracts.testing.RawHttp;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped configuration serves the dashboard to anyone at / and /dashboard/, with its headers,
 * and nothing else changes: every other method and path, the API above all, needs a token as before.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardServingTest implements TestPropertyProvider {

    private static final List<String> FILES = List.of("/dashboard/app.css", "/dashboard/favicon.svg",
            "/dashboard/js/app.js", "/dashboard/js/api.js", "/dashboard/js/dom.js", "/dashboard/js/stac.js",
            "/dashboard/js/marketplace.js", "/dashboard/js/author.js", "/dashboard/js/registry.js", "/dashboard/js/host.js");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    TokenIssuer tokens;

    /** Deleted by JUnit after the application has stopped (H2 writes into it until then). */
    @TempDir
    static Path home;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("plugbay.home", home.toString());
    }

    @Test
    void thePageIsServedToAnyoneWithItsSecurityHeaders() {
        HttpResponse<String> page = HttpCalls.exchange(client, HttpRequest.GET("/"));

        assertEquals(200, page.code());
        assertTrue(page.header(HttpHeaders.CONTENT_TYPE).startsWith("text/html"), page.header(HttpHeaders.CONTENT_TYPE));
        assertTrue(HttpCalls.body(page).contains("<script type=\"module\" src=\"/dashboard/js/app.js\"></script>"));
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
        assertTrue(page.header("Content-Security-Policy").contains("default-src 'none'"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        assertEquals("no-cache", page.header(HttpHeaders.CACHE_CONTROL));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
    }

    @Test
    void everyFileIsServedToAnyoneAndRevalidatedWithoutItsBody() {
        for (String file : FILES) {
            HttpResponse<String> response = HttpCalls.exchange(client, HttpRequest.GET(file));
            assertEquals(200, response.code(), file);
            if (file.endsWith(".js")) {
                assertEquals("application/javascript", response.header(HttpHeaders.CONTENT_TYPE), file);
            }
            HttpResponse<String> again = HttpCalls.exchange(client, HttpRequest.GET(file)
                    .header(HttpHeaders.IF_MODIFIED_SINCE, response.header(HttpHeaders.LAST_MODIFIED)));
            assertEquals(304, again.code(), file);
        }
    }

    @Test
    void aMissingFileIsTheUsualNotFound() {
        HttpResponse<String> response = HttpCalls.exchange(client, HttpRequest.GET("/dashboard/js/missing.js"));

        assertEquals(404, response.code());
        assertTrue(HttpCalls.body(response).contains("\"error\":\"ROUTE_NOT_FOUND\""), HttpCalls.body(response));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plugins/community", "/api/v1/plugins/installed", "/api/v1/nowhere",
            "/api/v1/admin/registry/sync", "/index.html"})
    void everythingElseStillNeedsAToken(String path) {
        HttpResponse<String> anonymous = HttpCalls.exchange(client, HttpRequest.GET(path));

        assertEquals(401, anonymous.code(), path);
        assertTrue(HttpCalls.body(anonymous).contains("\"error\":\"UNAUTHORIZED\""), HttpCalls.body(anonymous));
    }

    @Test
    void unknownApiPathsKeepAnsweringTheErrorModel() {
        String token = tokens.issue("ada", List.of(), Instant.now(), Duration.ofMinutes(5));

        HttpResponse<String> response = HttpCalls.exchange(client, HttpRequest.GET("/api/v1/nowhere").bearerAuth(token));

        assertEquals(404, response.code());
        assertTrue(HttpCalls.body(response).contains("\"error\":\"ROUTE_NOT_FOUND\""), HttpCalls.body(response));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /", "PUT /", "DELETE /", "POST /dashboard/js/app.js", "PUT /dashboard/js/app.js",
            "GET /dashboard/../api/v1/plugins/installed", "GET /dashboard/%2e%2e/api/v1/plugins/installed",
            "GET /dashboard/..%2fapi/v1/plugins/installed", "GET //api/v1/plugins/installed",
            "GET /dashboard;/../api/v1/plugins/installed"})
    void noOtherMethodOrSpellingGetsThroughWithoutAToken(String requestLine) {
        String[] methodAndTarget = requestLine.split(" ", 2);

        int status = RawHttp.send(server.getURL(), methodAndTarget[0], methodAndTarget[1], null).status();

        assertTrue(status >= 400, requestLine + " answered " + status);
    }
}
