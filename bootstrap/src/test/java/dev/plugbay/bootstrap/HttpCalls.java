package dev.plugbay.bootstrap;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/** Blocking exchanges that return error responses instead of throwing them. */
public final class HttpCalls {

    private HttpCalls() {
    }

    public static HttpResponse<String> exchange(HttpClient client, HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    public static String body(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }
}
