package dev.plugbay.contracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.application.port.out.registry.DocumentFetcher;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.testing.JsonText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What fetching a document from a user-supplied URL means, whatever does it: the in-memory fetcher
 * of the use-case tests and the guarded fetcher against a local server. A document is JSON text
 * of at most {@link #maxDocumentBytes()} bytes; anything else is refused with the code the port
 * names, and a URL that is not {@code http} or {@code https} is never fetched.
 */
public abstract class DocumentFetcherContract {

    protected abstract DocumentFetcher fetcher();

    /** Serves {@code body} as a JSON answer at a URL the fetcher may fetch, and returns that URL. */
    protected abstract String serving(String body);

    /** A URL the fetcher may fetch but where no document answers. */
    protected abstract String unansweredUrl();

    /** A URL the fetcher must refuse without fetching it (for the guarded fetcher, one on a private address). */
    protected abstract String refusedUrl();

    /** The largest document the fetcher reads. */
    protected abstract int maxDocumentBytes();

    @Test
    void theDocumentServedAtTheUrlIsReadAsJson() {
        String url = serving(JsonText.fixture("registry/plugins/quality_checker.json").toJson());

        assertEquals(JsonText.fixture("registry/plugins/quality_checker.json"), fetcher().fetch(url));
    }

    @Test
    void aDocumentOfExactlyTheLimitIsReadAndOneByteMoreIsPayloadTooLarge() {
        String largest = "\"" + "a".repeat(maxDocumentBytes() - 2) + "\"";

        assertEquals(new JsonString("a".repeat(maxDocumentBytes() - 2)), fetcher().fetch(serving(largest)));
        assertCode(ErrorCode.PAYLOAD_TOO_LARGE, () -> fetcher().fetch(serving(largest + " ")));
    }

    @Test
    void aUrlWhereNoDocumentAnswersIsUpstreamUnavailable() {
        assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, () -> fetcher().fetch(unansweredUrl()));
    }

    @Test
    void aRefusedUrlIsUrlNotAllowed() {
        assertCode(ErrorCode.URL_NOT_ALLOWED, () -> fetcher().fetch(refusedUrl()));
    }

    @Test
    void onlyHttpAndHttpsUrlsAreFetched() {
        for (String url : List.of("file:///etc/passwd", "ftp://raw.githubusercontent.com/a.json", "jar:file:/plugbay.jar!/a.json")) {
            assertCode(ErrorCode.URL_NOT_ALLOWED, () -> fetcher().fetch(url));
        }
    }

    @Test
    void anAnswerThatIsNotJsonIsTheDocumentsFaultAnInvalidManifest() {
        assertCode(ErrorCode.INVALID_MANIFEST, () -> fetcher().fetch(serving("{\"id\": \"x\", \"id\": \"y\"}")));
        assertCode(ErrorCode.INVALID_MANIFEST, () -> fetcher().fetch(serving("<html>not json</html>")));
    }

    private static void assertCode(ErrorCode expected, Executable call) {
        DomainException failure = assertThrows(DomainException.class, call);
        assertEquals(expected, failure.code(), failure.getMessage());
    }
}
