package dev.plugbay.adapters.rest;

import dev.plugbay.application.port.out.registry.DocumentFetcher;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Answers each URL as a test scripted it: a document, or a failure (any exception); other URLs are unreachable. */
final class ScriptedDocumentFetcher implements DocumentFetcher {

    private final Map<String, Supplier<JsonValue>> answers = new ConcurrentHashMap<>();

    void serve(String url, JsonValue document) {
        answers.put(url, () -> document);
    }

    void fail(String url, RuntimeException failure) {
        answers.put(url, () -> {
            throw failure;
        });
    }

    @Override
    public JsonValue fetch(String url) {
        Supplier<JsonValue> answer = answers.get(url);
        if (answer == null) {
            throw new UpstreamUnavailableException("Nothing could be fetched from the URL");
        }
        return answer.get();
    }
}
