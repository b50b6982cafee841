package dev.plugbay.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** CORS for the marketplace API with one allowed origin: preflights, actual requests, other origins, host routes. */
@MicronautTest
@Property(name = "plugbay.cors.allowed-origins", value = "https://invenicum.example.com")
class CorsApiTest extends ApiTestSupport {

    static final String ALLOWED = "https://invenicum.example.com";
    private static final String COMMUNITY = "/api/v1/plugins/community";

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
        Api.Reply preflight = api.send(preflight(COMMUNITY, ALLOWED, "PUT"));

        assertEquals(200, preflight.status(), preflight::toString);
        assertEquals(ALLOWED, preflight.header("Access-Control-Allow-Origin"));
        assertTrue(preflight.header("Access-Control-Allow-Methods").contains("PUT"), preflight.header("Access-Control-Allow-Methods"));
        String headers = preflight.response().getHeaders().getAll("Access-Control-Allow-Headers").toString().toLowerCase(Locale.ROOT);
        assertTrue(headers.contains("authorization") && headers.contains("content-type"), headers);
    }

    @Test
    void anActualRequestFromAnAllowedOriginMayReadThePagingHeaders() {
        Api.Reply reply = api.send(HttpRequest.GET(COMMUNITY).header("Origin", ALLOWED).bearerAuth(api.token("cora")));

        assertEquals(200, reply.status());
        assertEquals(ALLOWED, reply.header("Access-Control-Allow-Origin"));
        String exposed = reply.response().getHeaders().getAll("Access-Control-Expose-Headers").toString().toLowerCase(Locale.ROOT);
        for (String header : List.of("x-total-count", "link", "etag")) {
            assertTrue(exposed.contains(header), exposed);
        }
    }

    @Test
    void anotherOriginGetsNoAllowHeaders() {
        String other = "https://evil.example.com";
        Api.Reply preflight = api.send(preflight(COMMUNITY, other, "GET"));
        Api.Reply actual = api.send(HttpRequest.GET(COMMUNITY).header("Origin", other).bearerAuth(api.token("cora")));

        assertNull(preflight.header("Access-Control-Allow-Origin"));
        assertNull(actual.header("Access-Control-Allow-Origin"));
    }

    @Test
    void theHostRoutesNeverSendCorsHeaders() {
        for (String path : List.of("/api/plugins", "/api/plugins/some_plugin", "/api/settings")) {
            Api.Reply preflight = api.send(preflight(path, ALLOWED, "GET"));
            Api.Reply actual = api.send(HttpRequest.GET(path).header("Origin", ALLOWED).bearerAuth(api.token("cora")));

            for (Api.Reply reply : List.of(preflight, actual)) {
                assertNull(reply.header("Access-Control-Allow-Origin"), path);
                assertNull(reply.header("Access-Control-Allow-Methods"), path);
            }
        }
    }

    static MutableHttpRequest<?> preflight(String path, String origin, String method) {
        return HttpRequest.create(HttpMethod.OPTIONS, path).header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization,content-type");
    }
}
