package dev.plugbay.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The marketplace API over real HTTP for end-to-end tests: requests with a fresh token per user, JSON answers. */
public final class MarketplaceApi {

    private final HttpClient client;
    private final TokenIssuer tokens;

    public MarketplaceApi(HttpClient client, TokenIssuer tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    /** Sends {@code request} as {@code user} with {@code roles} and checks the status; returns the JSON body. */
    public JsonValue call(String user, List<String> roles, MutableHttpRequest<?> request, int expectedStatus) {
        HttpResponse<String> response = HttpCalls.exchange(client,
                request.bearerAuth(tokens.issue(user, roles, Instant.now(), Duration.ofMinutes(5))));
        String body = HttpCalls.body(response);
        assertEquals(expectedStatus, response.code(), request.getMethod() + " " + request.getPath() + ": " + body);
        return JsonReader.parse(body);
    }

    public JsonValue call(String user, MutableHttpRequest<?> request, int expectedStatus) {
        return call(user, List.of(), request, expectedStatus);
    }

    public static MutableHttpRequest<String> post(String path, String json) {
        return HttpRequest.POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    public static MutableHttpRequest<String> put(String path, String json) {
        return HttpRequest.PUT(path, json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    public static List<JsonValue> elements(JsonValue array) {
        return ((JsonArray) array).elements();
    }

    public static JsonValue member(JsonValue object, String name) {
        return ((JsonObject) object).get(name)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + object.toJson()));
    }

    public static String text(JsonValue object, String name) {
        return ((JsonString) member(object, name)).value();
    }

    public static long number(JsonValue object, String name) {
        return ((JsonNumber) member(object, name)).value().longValueExact();
    }

    public static List<String> ids(JsonValue array) {
        return elements(array).stream().map(view -> text(view, "id")).toList();
    }

    /** The view with this id in a list of plugin views. */
    public static JsonValue find(JsonValue array, String id) {
        return elements(array).stream().filter(view -> text(view, "id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + array.toJson()));
    }
}
