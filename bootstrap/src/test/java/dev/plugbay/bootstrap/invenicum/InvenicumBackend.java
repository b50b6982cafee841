package dev.plugbay.bootstrap.invenicum;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Plugbay sees of an Invenicum backend: the tokens its login issues
 * ({@code HS256 {"userId", "email", "iat", "exp"}}, no {@code sub}, no {@code iss}) and its
 * {@code GET /api/v1/auth/me} on 127.0.0.1, answering {@code {"success": true, "user": {...,
 * "githubHandle", "avatarUrl"}}} for the tokens it issued and 401 for any other.
 */
final class InvenicumBackend implements AutoCloseable {

    static final String SECRET = "an-invenicum-jwt-secret-of-more-than-32-bytes";
    static final String ME = "/api/v1/auth/me";

    private final HttpServer server;
    private final Map<String, String> users = new ConcurrentHashMap<>();

    InvenicumBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(ME, this::me);
        server.start();
    }

    String meUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + ME;
    }

    /** Logs a user in: their token, with {@code githubHandle} null until they link GitHub. */
    String login(int userId, String githubHandle) {
        return login(userId, githubHandle, Instant.now().plusSeconds(3600));
    }

    String login(int userId, String githubHandle, Instant expiry) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                    .claim("userId", userId).claim("email", "user" + userId + "@invenicum.example")
                    .issueTime(Date.from(expiry.minusSeconds(3600))).expirationTime(Date.from(expiry)).build());
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            String token = jwt.serialize();
            String handle = githubHandle == null ? "null" : "\"" + githubHandle + "\"";
            String avatar = githubHandle == null ? "null" : "\"https://avatars.githubusercontent.com/" + githubHandle + "\"";
            users.put(token, "{\"success\":true,\"user\":{\"id\":" + userId + ",\"email\":\"user" + userId
                    + "@invenicum.example\",\"githubHandle\":" + handle + ",\"avatarUrl\":" + avatar + "}}");
            return token;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void me(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String user = authorization == null ? null : users.get(authorization.replaceFirst("^Bearer ", ""));
        byte[] body = (user == null ? "{\"success\":false,\"message\":\"Invalid or expired token\"}" : user)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(user == null ? 401 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
