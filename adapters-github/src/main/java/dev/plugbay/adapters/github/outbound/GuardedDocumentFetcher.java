package dev.plugbay.adapters.github.outbound;

import dev.plugbay.adapters.github.outbound.guard.HostResolver;
import dev.plugbay.adapters.github.outbound.guard.OutboundGuard;
import dev.plugbay.adapters.github.outbound.http.OutboundResponse;
import dev.plugbay.adapters.github.outbound.http.Timeouts;
import dev.plugbay.application.port.out.registry.DocumentFetcher;
import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.error.UrlNotAllowedException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * Fetches a user-supplied URL's JSON document: the guard checks the URL and every address of its
 * host, the pinned client connects only to those addresses, sends no credentials and follows no
 * redirect. A remote that fails is {@code UPSTREAM_UNAVAILABLE} (502); a document that is not
 * JSON is the caller's document at fault, {@code INVALID_MANIFEST} (400).
 */
@Singleton
public final class GuardedDocumentFetcher implements DocumentFetcher {

    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;

    private final GuardedGet get;

    @Inject
    public GuardedDocumentFetcher(OutboundSettings settings, HostResolver resolver) {
        this(new OutboundGuard(settings.policy(), resolver), settings.timeouts());
    }

    public GuardedDocumentFetcher(OutboundGuard guard, Timeouts timeouts) {
        this.get = new GuardedGet(guard, timeouts);
    }

    @Override
    public JsonValue fetch(String url) {
        GuardedGet.Answer answer = get.get(url, "application/json", MAX_DOCUMENT_BYTES);
        OutboundResponse response = answer.response();
        String where = answer.host();
        if (response.isRedirect()) {
            throw new UrlNotAllowedException("URL not allowed: " + where + " answered a redirect (HTTP "
                    + response.status() + "); redirects are not followed, give the final URL");
        }
        if (response.status() != 200) {
            throw new UpstreamUnavailableException(where + " answered HTTP " + response.status());
        }
        if (!isJsonOrPlainText(response)) {
            throw notJson(where + " did not answer JSON (content type "
                    + response.header("content-type").orElse("none") + ")");
        }
        try {
            return JsonReader.parse(response.text());
        } catch (InvalidRequestException garbage) {
            throw notJson("The document at " + where + " is not valid JSON: " + garbage.getMessage());
        }
    }

    /** JSON types, and text/plain because raw.githubusercontent.com serves every file so; the strict parser decides. */
    private static boolean isJsonOrPlainText(OutboundResponse response) {
        String type = response.header("content-type").orElse("").split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return response.isJson() || type.equals("text/plain");
    }

    private static InvalidManifestException notJson(String message) {
        return new InvalidManifestException("Invalid manifest", List.of(Violation.ofField("document", message)));
    }
}
