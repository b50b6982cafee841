package dev.plugbay.contracts.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.application.port.out.host.RemoteMarketplace;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every implementation of {@link RemoteMarketplace} must do (HOST.md "Remote marketplace",
 * "One-click install" step 2, "Settings"). Each implementation serves the answers the tests set up
 * at URLs its guard allows.
 */
public abstract class RemoteMarketplaceContract {

    private static final String REGISTRY = """
            [{"name": "hello", "version": "1.0.0", "downloadUrl": "https://plugins.example/hello.zip"}]""";

    protected abstract RemoteMarketplace marketplace();

    /** An allowed URL whose server answers 200 with these bytes and this content type. */
    protected abstract String serving(byte[] body, String contentType);

    /** An allowed URL whose server answers this status with a small body. */
    protected abstract String answering(int status);

    /** An allowed URL whose server answers a redirect to another allowed URL that would serve a registry. */
    protected abstract String redirecting();

    /** A URL whose host is not in the allowlist. */
    protected abstract String notAllowed();

    @Test
    void anAllowedUrlPassesTheStaticCheck() {
        marketplace().requireAllowed(serving(utf8(REGISTRY), "application/json"));
    }

    @Test
    void aUrlOfAnotherHostIsRefusedByEveryMethod() {
        String url = notAllowed();

        assertCode(ErrorCode.URL_NOT_ALLOWED, () -> marketplace().requireAllowed(url));
        assertCode(ErrorCode.URL_NOT_ALLOWED, () -> marketplace().registry(url));
        assertCode(ErrorCode.URL_NOT_ALLOWED, () -> marketplace().archive(url, 1024));
    }

    @Test
    void aUrlThatIsNotHttpIsRefused() {
        assertCode(ErrorCode.URL_NOT_ALLOWED, () -> marketplace().requireAllowed("file:///etc/passwd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/plain", "application/octet-stream"})
    void theRegistryDocumentIsReadAsJsonWhateverItsDeclaredType(String contentType) {
        assertEquals(JsonReader.parse(REGISTRY), marketplace().registry(serving(utf8(REGISTRY), contentType)));
    }

    @Test
    void aRegistryOfExactlyTheCapIsRead() {
        String text = "\"" + "a".repeat(RemoteMarketplace.MAX_REGISTRY_BYTES - 2) + "\"";

        assertEquals(JsonReader.parse(text), marketplace().registry(serving(utf8(text), "application/json")));
    }

    @Test
    void aRegistryOverTheCapIsPayloadTooLarge() {
        byte[] body = new byte[RemoteMarketplace.MAX_REGISTRY_BYTES + 1];
        Arrays.fill(body, (byte) ' ');

        assertCode(ErrorCode.PAYLOAD_TOO_LARGE, () -> marketplace().registry(serving(body, "application/json")));
    }

    @Test
    void aRegistryThatIsNotJsonIsTheRemotesFailure() {
        assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, () -> marketplace().registry(serving(utf8("<html>"), "text/html")));
        assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, () -> marketplace().registry(serving(utf8("{\"a\": 1, \"a\": 2}"), "application/json")));
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 500, 503})
    void aStatusOtherThan2xxIsTheRemotesFailure(int status) {
        String url = answering(status);

        assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, () -> marketplace().registry(url));
        assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, () -> marketplace().archive(url, 1024));
    }

    @Test
    void aRedirectIsNeverFollowed() {
        String url = redirecting();

        assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, () -> marketplace().registry(url));
        assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, () -> marketplace().archive(url, 1024));
    }

    @Test
    void anArchiveComesBackByteForByteWhateverItsContentType() {
        byte[] archive = new byte[70_000];
        for (int i = 0; i < archive.length; i++) {
            archive[i] = (byte) (i * 31);
        }

        assertArrayEquals(archive, marketplace().archive(serving(archive, "application/zip"), archive.length));
        assertArrayEquals(archive, marketplace().archive(serving(archive, "text/html"), archive.length));
    }

    @Test
    void anArchiveOneByteOverTheCapIsPayloadTooLarge() {
        String url = serving(new byte[1025], "application/gzip");

        assertCode(ErrorCode.PAYLOAD_TOO_LARGE, () -> marketplace().archive(url, 1024));
        assertEquals(1025, marketplace().archive(url, 1025).length);
    }

    private static void assertCode(ErrorCode expected, Executable call) {
        assertEquals(expected, assertThrows(DomainException.class, call).code());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
