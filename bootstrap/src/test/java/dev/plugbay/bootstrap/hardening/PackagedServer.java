package dev.plugbay.bootstrap.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The packaged application (the real application.yml) with its HTTP server on a free port, called
 * the way an outsider calls it: a JDK HTTP client that gives up after {@link #ANSWER_WITHIN}, so an
 * answer that takes longer fails the test, and raw bytes, so the size of a body is what was sent.
 */
final class PackagedServer implements AutoCloseable {

    /** Issue 11: every hostile request is answered within 2 s ... */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);
    /** ... with a body under 16 KB. */
    static final int MAX_ERROR_BODY_BYTES = 16 * 1024;
    /** How long the first calls of a fresh server, which build its beans, may take. */
    static final Duration WARM_UP_WITHIN = Duration.ofSeconds(60);
    /** The plugin the warm-up creates, updates and installs. */
    static final String WARM_UP_PLUGIN = "warm_up";

    private final EmbeddedServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();
    private final TokenIssuer tokens;

    private PackagedServer(EmbeddedServer server) {
        this.server = server;
        this.tokens = server.getApplicationContext().getBean(TokenIssuer.class);
    }

    /** Starts on {@code home} with no example catalog, plus {@code extra} properties (a database, a registry). */
    static PackagedServer start(Path home, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("plugbay.home", home.toString());
        properties.put("plugbay.catalog.seed", false);
        properties.put("micronaut.server.port", -1);
        PackagedServer server = new PackagedServer(ApplicationContext.run(EmbeddedServer.class, properties));
        server.warmUp();
        return server;
    }

    /**
     * A fresh server builds its beans and compiles its code on the first calls, which on a busy
     * machine takes longer than {@link #ANSWER_WITHIN}: the answer times measured afterwards are
     * those of a running server.
     */
    private void warmUp() {
        String plugin = "{\"id\": \"" + WARM_UP_PLUGIN + "\", \"slot\": \"dashboard_top\", \"ui\": {\"type\": \"text\"}";
        assertEquals(201, send("alice", List.of(), "POST", "/api/v1/plugins", plugin + "}", WARM_UP_WITHIN).status());
        assertEquals(200, send("alice", List.of(), "PUT", "/api/v1/plugins/" + WARM_UP_PLUGIN,
                plugin + ", \"version\": \"1.0.1\"}", WARM_UP_WITHIN).status());
        assertEquals(201, send("bob", List.of(), "POST", "/api/v1/plugins/install",
                "{\"id\": \"" + WARM_UP_PLUGIN + "\"}", WARM_UP_WITHIN).status());
        assertEquals(200, send("bob", List.of(), "GET", "/api/v1/plugins/community", null, WARM_UP_WITHIN).status());
    }

    /** An answer: its status and the bytes of its body. */
    record Answer(int status, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            return (JsonObject) JsonReader.parse(text());
        }
    }

    Answer send(String user, List<String> roles, String method, String path, String jsonBody) {
        return send(user, roles, method, path, jsonBody, ANSWER_WITHIN);
    }

    Answer send(String user, String method, String path, String jsonBody) {
        return send(user, List.of(), method, path, jsonBody);
    }

    /** A call that may take {@code within}: a first call that builds the beans of a path not warmed up yet. */
    Answer send(String user, List<String> roles, String method, String path, String jsonBody, Duration within) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .timeout(within)
                .header("Authorization", "Bearer " + tokens.issue(user, roles, Instant.now(), Duration.ofMinutes(5)));
        if (jsonBody == null) {
            request.method(method, BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        }
        try {
            var response = client.sendAsync(request.build(), BodyHandlers.ofByteArray())
                    .get(within.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.body());
        } catch (TimeoutException | ExecutionException slow) {
            return fail(method + " " + abbreviated(path) + " was not answered within " + within, slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /**
     * Asserts a refusal in the error model: the status, the code, a message, and a body under
     * {@link #MAX_ERROR_BODY_BYTES}. Returns the body.
     */
    static JsonObject assertRefused(Answer answer, int status, String code) {
        String shown = abbreviated(answer.text());
        assertTrue(answer.body().length < MAX_ERROR_BODY_BYTES,
                "an error body of " + answer.body().length + " bytes: " + shown);
        assertEquals(status, answer.status(), shown);
        JsonObject body = answer.json();
        assertEquals(JsonBoolean.FALSE, body.get("success").orElseThrow(), shown);
        assertEquals(new JsonString(code), body.get("error").orElseThrow(), shown);
        assertTrue(body.get("message").orElseThrow() instanceof JsonString message && !message.value().isBlank(), shown);
        assertFalse(answer.text().contains("Exception"), "no class name in an error body: " + shown);
        return body;
    }

    static String message(JsonObject body) {
        return ((JsonString) body.get("message").orElseThrow()).value();
    }

    static String abbreviated(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "... (" + text.length() + " characters)";
    }

    @Override
    public void close() throws IOException {
        server.getApplicationContext().close();
    }
}
