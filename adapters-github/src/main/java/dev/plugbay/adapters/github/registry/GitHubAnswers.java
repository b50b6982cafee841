package dev.plugbay.adapters.github.registry;

import dev.plugbay.adapters.github.outbound.http.OutboundResponse;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.Optional;

/** Reading GitHub's answers: what went wrong in words, and JSON bodies through the strict reader. */
final class GitHubAnswers {

    private GitHubAnswers() {
    }

    /** Why an answer is not the one wanted: a spent rate limit, a redirect, or the status. */
    static String problem(OutboundResponse response) {
        boolean limitSpent = response.header("x-ratelimit-remaining").filter("0"::equals).isPresent();
        if ((response.status() == 403 || response.status() == 429) && limitSpent) {
            return "GitHub's rate limit is spent (HTTP " + response.status() + ")";
        }
        if (response.isRedirect()) {
            return "GitHub answered a redirect (HTTP " + response.status() + "), which is not followed";
        }
        return "GitHub answered HTTP " + response.status();
    }

    static UpstreamUnavailableException failure(String action, OutboundResponse response) {
        return new UpstreamUnavailableException("Could not " + action + ": " + problem(response));
    }

    /** The body as a JSON object, or {@code UPSTREAM_UNAVAILABLE} when GitHub answered something else. */
    static JsonObject object(String action, OutboundResponse response) {
        if (json(action, response) instanceof JsonObject object) {
            return object;
        }
        throw new UpstreamUnavailableException("Could not " + action + ": GitHub's answer is not a JSON object");
    }

    static JsonValue json(String action, OutboundResponse response) {
        try {
            return JsonReader.parse(response.text());
        } catch (InvalidRequestException garbage) {
            throw new UpstreamUnavailableException("Could not " + action + ": GitHub's answer is not valid JSON");
        }
    }

    static Optional<String> string(JsonObject object, String name) {
        return object.get(name).filter(JsonString.class::isInstance).map(value -> ((JsonString) value).value());
    }

    static Optional<JsonObject> member(JsonObject object, String name) {
        return object.get(name).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }
}
