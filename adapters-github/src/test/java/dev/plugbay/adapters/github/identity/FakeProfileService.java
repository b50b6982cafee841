package dev.plugbay.adapters.github.identity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An Invenicum-shaped {@code GET /api/v1/auth/me} on 127.0.0.1: the JSON it was given for a
 * bearer token, 401 for any other.
 */
final class FakeProfileService implements AutoCloseable {

    static final String PATH = "/api/v1/auth/me";

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    FakeProfileService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, this::answer);
        server.start();
    }

    void answer(String bearerToken, String json) {
        answers.put(bearerToken, json);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String json = authorization == null || !authorization.startsWith("Bearer ") ? null
                : answers.get(authorization.substring("Bearer ".length()));
        byte[] body = (json == null ? "{\"success\":false,\"message\":\"Unauthorized\"}" : json)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(json == null ? 401 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
