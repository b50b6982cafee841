package dev.plugbay.bootstrap.operations;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Calls to a server in a child JVM as a user with a fresh token, the way an outside client makes them. */
final class Requests {

    /** The status and body of an answer; status 0 when none came (no server listening, or it died). */
    record Answer(int status, String body, Optional<String> entityTag) {

        static final Answer NONE = new Answer(0, "", Optional.empty());

        JsonValue json() {
            return JsonReader.parse(body);
        }
    }

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    private final TokenIssuer tokens;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Requests(TokenIssuer tokens) {
        this.tokens = tokens;
    }

    Answer send(URI base, String user, String method, String path, String json) {
        return send(base, user, List.of(), method, path, json, Optional.empty());
    }

    /** A call to the host routes, as the operator (role {@code ADMIN}). */
    Answer asOperator(URI base, String method, String path, String json) {
        return send(base, "operator", List.of("ADMIN"), method, path, json, Optional.empty());
    }

    Answer get(URI base, String user, String path) {
        return send(base, user, List.of(), "GET", path, null, Optional.empty());
    }

    /** A GET with {@code If-None-Match: entityTag}. */
    Answer getIfNoneMatch(URI base, String user, String path, String entityTag) {
        return send(base, user, List.of(), "GET", path, null, Optional.of(entityTag));
    }

    private Answer send(URI base, String user, List<String> roles, String method, String path, String json,
            Optional<String> ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(ANSWER_WITHIN)
                .header("Authorization", "Bearer " + tokens.issue(user, roles, Instant.now(), Duration.ofMinutes(10)));
        ifNoneMatch.ifPresent(tag -> request.header("If-None-Match", tag));
        if (json == null) {
            request.method(method, BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag"));
        } catch (IOException noAnswer) {
            return Answer.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.NONE;
        }
    }
}
