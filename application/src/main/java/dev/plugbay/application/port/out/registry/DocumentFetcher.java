package dev.plugbay.application.port.out.registry;

import dev.plugbay.domain.json.JsonValue;

/**
 * Fetches a JSON document from a user-supplied URL through the outbound guard:
 * {@code URL_NOT_ALLOWED}, {@code PAYLOAD_TOO_LARGE} or {@code UPSTREAM_UNAVAILABLE} when it cannot.
 */
public interface DocumentFetcher {

    JsonValue fetch(String url);
}
