package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.registry.DocumentFetcher;
import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.PayloadTooLargeException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.error.UrlNotAllowedException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers each URL as a test scripted it: a document (as JSON text, read as the guarded fetcher
 * reads an answer: at most {@link #MAX_DOCUMENT_BYTES}, strict JSON) or a failure. Other URLs are
 * unreachable, and only {@code http} and {@code https} URLs are fetched at all.
 */
public final class InMemoryDocumentFetcher implements DocumentFetcher {

    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;
    private static final Set<String> SCHEMES = Set.of("http", "https");

    private final Map<String, Supplier<String>> answers = new ConcurrentHashMap<>();

    public void serve(String url, JsonValue document) {
        serveText(url, document.toJson());
    }

    /** Serves a body as it is, JSON or not. */
    public void serveText(String url, String body) {
        answers.put(url, () -> body);
    }

    /** Fetching the URL throws {@code failure}. */
    public void fail(String url, RuntimeException failure) {
        answers.put(url, () -> {
            throw failure;
        });
    }

    @Override
    public JsonValue fetch(String url) {
        if (!SCHEMES.contains(scheme(url))) {
            throw new UrlNotAllowedException("URL not allowed: only http and https URLs are fetched");
        }
        Supplier<String> answer = answers.get(url);
        if (answer == null) {
            throw new UpstreamUnavailableException("Nothing could be fetched from the URL");
        }
        String body = answer.get();
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_DOCUMENT_BYTES) {
            throw new PayloadTooLargeException("The document is larger than " + MAX_DOCUMENT_BYTES + " bytes");
        }
        try {
            return JsonReader.parse(body);
        } catch (InvalidRequestException garbage) {
            throw new InvalidManifestException("Invalid manifest",
                    List.of(Violation.ofField("document", "The document is not valid JSON: " + garbage.getMessage())));
        }
    }

    private static String scheme(String url) {
        try {
            String scheme = URI.create(url).getScheme();
            return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAUri) {
            return "";
        }
    }
}
