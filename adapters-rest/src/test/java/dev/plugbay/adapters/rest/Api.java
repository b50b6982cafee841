package dev.plugbay.adapters.rest;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Calls the API over real HTTP as a named user, answering error responses instead of throwing them. */
final class Api {

    private final HttpClient client;
    private final TokenIssuer tokens;

    Api(HttpClient client, TokenIssuer tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    String token(String user, String... roles) {
        return tokens.issue(user, List.of(roles), Instant.now(), Duration.ofMinutes(10));
    }

    Reply get(String user, String path) {
        return send(HttpRequest.GET(path).bearerAuth(token(user)));
    }

    Reply post(String user, String path, String json) {
        return send(HttpRequest.POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token(user)));
    }

    Reply put(String user, String path, String json) {
        return send(HttpRequest.PUT(path, json).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token(user)));
    }

    Reply delete(String user, String path) {
        return send(HttpRequest.DELETE(path).bearerAuth(token(user)));
    }

    Reply send(MutableHttpRequest<?> request) {
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> error = (HttpResponse<String>) e.getResponse();
            response = error;
        }
        return new Reply(response.code(), response, response.getBody(String.class).orElse(""));
    }

    /** A response: its status, headers and body text, with the body read as JSON on demand. */
    record Reply(int status, HttpResponse<String> response, String body) {

        String header(String name) {
            return response.getHeaders().get(name);
        }

        JsonValue json() {
            return JsonReader.parse(body);
        }

        JsonObject object() {
            return (JsonObject) json();
        }

        List<JsonValue> array() {
            return ((JsonArray) json()).elements();
        }

        String error() {
            return Json.text(object(), "error");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
