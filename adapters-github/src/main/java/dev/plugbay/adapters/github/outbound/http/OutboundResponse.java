package dev.plugbay.adapters.github.outbound.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A response: status, headers by lower-case name, and the body bytes as read within the limit. */
public record OutboundResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public OutboundResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isRedirect() {
        return status >= 300 && status < 400 && status != 304;
    }

    /** Whether the body is declared JSON: application/json or a +json type. */
    public boolean isJson() {
        String type = header("content-type").orElse("").split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }
}
