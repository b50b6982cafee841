package dev.plugbay.adapters.rest;

import static dev.plugbay.adapters.rest.Json.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.memory.InMemoryDocumentFetcher;
import dev.plugbay.contracts.testing.RawHttp;
import dev.plugbay.domain.json.JsonReader;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the framework itself answers, in the one error model, with nothing internal in any body. */
@MicronautTest
class ErrorModelTest extends ApiTestSupport {

    /** Traces of internals: Java class names, stack frames, SQL, file paths. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.|\\b(java|io\\.micronaut|dev\\.plugbay|com\\.fasterxml)\\.|SELECT |INSERT |/home/|/tmp/|/etc/|\\.java\\b");

    @Test
    void anUnknownRouteIsRouteNotFoundForAnAuthenticatedCallerAndUnauthorizedForAnonymous() {
        Api.Reply authenticated = api.get(unique("user"), "/api/v1/no-such-route");
        Api.Reply anonymous = api.send(HttpRequest.GET("/api/v1/no-such-route"));
        Api.Reply outsideTheApi = api.get(unique("user"), "/no-such-route");

        assertErrorModel(authenticated, 404, "ROUTE_NOT_FOUND");
        assertErrorModel(anonymous, 401, "UNAUTHORIZED");
        assertErrorModel(outsideTheApi, 404, "ROUTE_NOT_FOUND");
    }

    @Test
    void aWrongMethodIsMethodNotAllowed() {
        assertErrorModel(api.send(HttpRequest.PATCH("/api/v1/plugins/community", "{}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(api.token("alice"))), 405, "METHOD_NOT_ALLOWED");
        assertErrorModel(api.post("alice", "/api/v1/plugins/installed", "{}"), 405, "METHOD_NOT_ALLOWED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded"})
    void aBodyThatIsNotJsonIsUnsupportedMediaType(String contentType) {
        Api.Reply reply = api.send(HttpRequest.POST("/api/v1/plugins/install", "{\"id\": \"x\"}")
                .contentType(contentType).bearerAuth(api.token("alice")));

        assertErrorModel(reply, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"id\": }", "{\"id\": \"a\", \"id\": \"b\"}", "{\"id\": \"a\"} trailing",
            "{\"id\": \"a\"}{}", "{'id': 'a'}", "{\"id\": \"a\",}", "\u0000"})
    void malformedJsonIsAnInvalidRequest(String body) {
        assertErrorModel(api.post("alice", "/api/v1/plugins/install", body), 400, "INVALID_REQUEST");
        assertErrorModel(api.post("alice", "/api/v1/plugins", body), 400, "INVALID_REQUEST");
    }

    @Test
    void nestingDeeperThan64IsAnInvalidRequestAnd64IsRead() {
        String depth64 = "{\"id\": \"x\", \"ui\": " + "[".repeat(63) + "]".repeat(63) + "}";
        String depth65 = "{\"id\": \"x\", \"ui\": " + "[".repeat(64) + "]".repeat(64) + "}";

        assertErrorModel(api.post("alice", "/api/v1/plugins", depth65), 400, "INVALID_REQUEST");
        Api.Reply read = api.post("alice", "/api/v1/plugins", depth64);
        assertEquals(400, read.status(), read::toString);
        assertFalse(read.error().equals("INVALID_REQUEST"), "64 levels are read, then judged as a manifest: " + read);
    }

    @Test
    void aBodyOverOneMebibyteIsPayloadTooLarge() {
        String big = "{\"id\": \"x\", \"description\": \"" + "a".repeat(1024 * 1024) + "\"}";

        assertErrorModel(api.post("alice", "/api/v1/plugins", big), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorThatSaysNothingAboutIt() {
        String url = "https://example.test/" + unique("boom");
        fetcher.fail(url, new IllegalStateException("SELECT secret FROM users at /home/plugbay/db.java"));

        Api.Reply reply = api.get("alice", "/api/v1/plugins/preview-stac?url=" + url);

        assertErrorModel(reply, 500, "INTERNAL_ERROR");
        assertFalse(reply.body().contains("secret"), reply.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plugins/%3Cscript%3E", "/api/v1/plugins/..%2F..%2Fetc%2Fpasswd",
            "/api/v1/plugins/community?page=%27%20OR%201%3D1--", "/api/v1/plugins/community?q=%00",
            "/api/v1/plugins/community?slot=..%2F..", "/api/v1/plugins/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "/api/v1/plugins/community?size=1e9"})
    void hostileInputsGetTheErrorModelAndNoInternals(String path) {
        Api.Reply reply = api.get("alice", path);

        assertTrue(reply.status() >= 400 && reply.status() < 500, reply::toString);
        assertEquals(false, Json.flag(reply.object(), "success"));
        assertFalse(INTERNALS.matcher(reply.body()).find(), reply.body());
    }

    @Test
    void hostileBodiesGetTheErrorModelAndNoInternals() {
        for (String body : List.of("{\"id\": \"x\", \"version\": \"" + "9".repeat(500) + ".0.0\"}",
                "{\"id\": \"x\", \"ui\": {\"type\": \"text\", \"data\": \"{{ a. }}\"}, \"slot\": \"dashboard_top\"}",
                "{\"id\": \"x\", \"tags\": {\"$gt\": \"\"}}", "{\"id\": \"x\", \"integrity\": \"md5-AAAA\"}",
                "{\"id\": \"x\", \"main\": \"../../etc/passwd\"}", "{\"id\": \"x\", \"name\": \"\\u0000\"}")) {
            Api.Reply reply = api.post(unique("author"), "/api/v1/plugins", body);

            assertEquals(400, reply.status(), reply::toString);
            assertFalse(INTERNALS.matcher(reply.body()).find(), reply.body());
        }
    }

    @Test
    void everyResponseCarriesNoSniff() {
        assertEquals("nosniff", api.get("alice", "/api/v1/plugins/community").header("X-Content-Type-Options"));
        assertEquals("nosniff", api.get("alice", "/api/v1/nowhere").header("X-Content-Type-Options"));
        assertEquals("nosniff", api.send(HttpRequest.GET("/api/v1/plugins/installed")).header("X-Content-Type-Options"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;charset=utf-7", "application/json; charset=x-no-such-charset",
            "application/json;charset=", "application/json; charset=ISO-8859-1"})
    void aBodyInAnyCharsetButUtf8IsUnsupportedMediaType(String contentType) {
        assertErrorModel(api.send(HttpRequest.POST("/api/v1/plugins", "{\"id\": \"x\"}".getBytes(StandardCharsets.US_ASCII))
                .contentType(contentType).bearerAuth(api.token("alice"))), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "deflate", "snappy"})
    void aCorruptBodyInASupportedCodingIsAnInvalidRequest(String coding) {
        byte[] corrupt = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};

        assertErrorModel(api.send(HttpRequest.POST("/api/v1/plugins", corrupt).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_ENCODING, coding).bearerAuth(api.token("alice"))), 400, "INVALID_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"br", "x-squeeze", "gzip, gzip"})
    void aCodingTheServerCannotDecodeIsUnsupportedMediaType(String coding) {
        assertErrorModel(api.send(HttpRequest.POST("/api/v1/plugins", "{}").contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_ENCODING, coding).bearerAuth(api.token("alice"))), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plugins/community?q=%zz", "/api/v1/plugins/comm\u0001unity", "*", "api/v1/plugins/community",
            "/api/v1/plugins/community?q={x}"})
    void aMalformedTargetIsAnInvalidRequestEvenWithAValidToken(String target) {
        RawHttp.Answer answer = RawHttp.send(server.getURL(), "GET", target, api.token("alice"));

        assertEquals(400, answer.status(), answer::toString);
        assertEquals("INVALID_REQUEST", text(JsonReader.parse(answer.body()), "error"));
    }

    @Test
    void twoAuthorizationHeadersAreAnInvalidRequest() {
        String token = api.token("alice");

        assertErrorModel(api.send(HttpRequest.GET("/api/v1/plugins/installed").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)), 400, "INVALID_REQUEST");
    }

    @Test
    void anOverlongUrlOrHeaderSectionIsAnsweredForWhatIsTooLong() {
        Api.Reply url = api.get("alice", "/api/v1/plugins/community?q=" + "a".repeat(5000));
        Api.Reply headers = api.send(HttpRequest.GET("/api/v1/plugins/community").bearerAuth(api.token("alice"))
                .header("X-Padding", "a".repeat(9000)));

        assertErrorModel(url, 414, "URI_TOO_LONG");
        assertTrue(text(url.object(), "message").contains("URL"), url::toString);
        assertErrorModel(headers, 431, "HEADERS_TOO_LARGE");
        assertTrue(text(headers.object(), "message").contains("headers"), headers::toString);
        assertEquals("nosniff", url.header("X-Content-Type-Options"));
    }

    @Test
    void aForeignOriginOnALoopbackHostGetsTheErrorBody() {
        Api.Reply reply = api.send(HttpRequest.GET("/api/v1/plugins/community").bearerAuth(api.token("alice"))
                .header(HttpHeaders.ORIGIN, "https://evil.example"));

        assertErrorModel(reply, 403, "PERMISSION_DENIED");
    }

    @jakarta.inject.Inject
    InMemoryDocumentFetcher fetcher;

    @jakarta.inject.Inject
    EmbeddedServer server;

    private static void assertErrorModel(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(false, Json.flag(reply.object(), "success"));
        assertEquals(code, reply.error());
        assertFalse(text(reply.object(), "message").isBlank());
        assertFalse(INTERNALS.matcher(reply.body()).find(), reply.body());
    }
}
