package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.registry.DocumentFetcher;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Serves documents that tests put at URLs; any other URL is unreachable. */
public final class InMemoryDocumentFetcher implements DocumentFetcher {

    private final Map<String, JsonValue> documents = new ConcurrentHashMap<>();

    public void serve(String url, JsonValue document) {
        documents.put(url, document);
    }

    @Override
    public JsonValue fetch(String url) {
        JsonValue document = documents.get(url);
        if (document == null) {
            throw new UpstreamUnavailableException("Nothing could be fetched from " + url);
        }
        return document;
    }
}
