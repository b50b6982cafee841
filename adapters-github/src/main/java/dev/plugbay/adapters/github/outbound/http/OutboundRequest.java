package dev.plugbay.adapters.github.outbound.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One request: method, request target (path and query), extra headers, and an optional body. */
public record OutboundRequest(String method, String target, Map<String, String> headers, byte[] body) {

    public OutboundRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
        if (!target.startsWith("/")) {
            throw new IllegalArgumentException("a request target starts with /");
        }
        requireSingleLine(method + target);
        headers.forEach((name, value) -> requireSingleLine(name + value));
    }

    public static OutboundRequest get(String target) {
        return new OutboundRequest("GET", target, Map.of(), null);
    }

    public OutboundRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutboundRequest(method, target, more, body);
    }

    public static OutboundRequest json(String method, String target, String json) {
        return new OutboundRequest(method, target, Map.of("Content-Type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    /** Header values may come from upstream answers (an ETag): none may split the request. */
    private static void requireSingleLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\0') {
                throw new IllegalArgumentException("a request line or header holds a line break");
            }
        }
    }
}
