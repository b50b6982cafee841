package dev.plugbay.adapters.github.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.github.fake.FakeGitHub.Server;
import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.github.fake.Fault;
import dev.plugbay.adapters.github.fake.RecordedRequest;
import dev.plugbay.adapters.github.outbound.guard.OutboundGuard;
import dev.plugbay.adapters.github.outbound.guard.OutboundPolicy;
import dev.plugbay.adapters.github.outbound.guard.ScriptedResolver;
import dev.plugbay.adapters.github.outbound.http.Timeouts;
import dev.plugbay.application.port.out.registry.DocumentFetcher;
import dev.plugbay.contracts.registry.DocumentFetcherContract;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.testing.JsonText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview fetcher against the fake's raw server, reached as "plugins.example" through scripted
 * DNS: the document fetcher's contract, then what only the guard and the pinned client do.
 */
class GuardedDocumentFetcherTest {

    private static final String FILE = "/" + FakeGitHub.OWNER + "/" + FakeGitHub.REPO + "/main/plugins/quality_checker.json";
    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(1500));

    private final FakeGitHub fake = FakeGitHub.withFixtureRegistry();
    private final int port = fake.port(Server.RAW);
    private final ScriptedResolver dns = new ScriptedResolver().answer("plugins.example", "127.0.0.1");
    private final GuardedDocumentFetcher fetcher = new GuardedDocumentFetcher(new OutboundGuard(
            OutboundPolicy.of(List.of("plugins.example"), List.of("plugins.example:" + port)), dns), SHORT);
    private final String url = "http://plugins.example:" + port + FILE;

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void fetchesTheDocumentWithoutCredentialsNamingTheHostItWasAskedFor() {
        assertEquals(JsonText.fixture("registry/plugins/quality_checker.json"), fetcher.fetch(url));

        RecordedRequest request = fake.requests().get(0);
        assertEquals("GET " + FILE, request.call());
        assertEquals(Optional.of("plugins.example:" + port), request.header("host"));
        assertEquals(Optional.empty(), request.header("authorization"));
        assertEquals(Optional.empty(), request.header("cookie"));
    }

    @Test
    void aRebindingNameIsResolvedOnceAndTheConnectionGoesToTheCheckedAddress() {
        dns.answer("plugins.example", "10.255.255.1");

        assertEquals(JsonText.fixture("registry/plugins/quality_checker.json"), fetcher.fetch(url));

        assertEquals(1, dns.lookups("plugins.example"));
        assertEquals(1, fake.requests().size());
    }

    @Test
    void aRefusedUrlMakesNoRequestAtAll() {
        DomainException refused = assertThrows(DomainException.class,
                () -> fetcher.fetch("http://plugins.example:" + (port + 1) + FILE));

        assertEquals(ErrorCode.URL_NOT_ALLOWED, refused.code());
        assertTrue(refused.getMessage().contains("127.0.0.1 (loopback)"), refused.getMessage());
        assertEquals(List.of(), fake.requests());
    }

    @Test
    void aRedirectToAPrivateAddressIsNotFollowed() {
        fake.inject(Server.RAW, FILE, new Fault.Redirect(fake.apiUrl() + "/internal"));

        DomainException refused = assertThrows(DomainException.class, () -> fetcher.fetch(url));

        assertEquals(ErrorCode.URL_NOT_ALLOWED, refused.code());
        assertTrue(refused.getMessage().contains("redirects are not followed"), refused.getMessage());
        assertEquals(List.of(), fake.requests(Server.API));
    }

    @Test
    void aDocumentOfExactlyOneMebibyteIsRead() {
        String text = "\"" + "a".repeat(GuardedDocumentFetcher.MAX_DOCUMENT_BYTES - 2) + "\"";
        fake.inject(Server.RAW, FILE, new Fault.Body(text.getBytes(StandardCharsets.UTF_8), "application/json"));

        assertEquals(GuardedDocumentFetcher.MAX_DOCUMENT_BYTES - 2, ((JsonString) fetcher.fetch(url)).value().length());
    }

    @ParameterizedTest(name = "chunked = {0}")
    @ValueSource(booleans = {false, true})
    void aDocumentOverOneMebibyteIsPayloadTooLarge(boolean chunked) {
        byte[] body = new byte[GuardedDocumentFetcher.MAX_DOCUMENT_BYTES + 1];
        fake.inject(Server.RAW, FILE, chunked ? new Fault.Chunked(body, "application/json") : new Fault.Body(body, "application/json"));

        DomainException tooLarge = assertThrows(DomainException.class, () -> fetcher.fetch(url));

        assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.code());
    }

    @Test
    void aFailingOrSlowRemoteIsUpstreamUnavailable() {
        fake.inject(Server.RAW, FILE, new Fault.Status(500));
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, assertThrows(DomainException.class, () -> fetcher.fetch(url)).code());

        fake.clearFaults();
        fake.inject(Server.RAW, FILE, new Fault.Delay(Duration.ofSeconds(3)));
        DomainException slow = assertThrows(DomainException.class, () -> fetcher.fetch(url));
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, slow.code());
        assertTrue(slow.getMessage().contains("did not answer in time"), slow.getMessage());
    }

    @Test
    void aDocumentThatIsNotJsonIsAnInvalidManifest() {
        fake.inject(Server.RAW, FILE, new Fault.Body("{\"id\": \"x\", \"id\": \"y\"}".getBytes(StandardCharsets.UTF_8), "application/json"));
        assertEquals(ErrorCode.INVALID_MANIFEST, assertThrows(DomainException.class, () -> fetcher.fetch(url)).code());

        fake.clearFaults();
        fake.inject(Server.RAW, FILE, new Fault.Headers(Map.of("Content-Type", "text/html")));
        DomainException html = assertThrows(DomainException.class, () -> fetcher.fetch(url));
        assertEquals(ErrorCode.INVALID_MANIFEST, html.code());
    }

    @Nested
    class DocumentFetcherPort extends DocumentFetcherContract {

        private int served;

        @Override
        protected DocumentFetcher fetcher() {
            return fetcher;
        }

        @Override
        protected String serving(String body) {
            String path = "/documents/" + ++served + ".json";
            fake.inject(Server.RAW, path, new Fault.Body(body.getBytes(StandardCharsets.UTF_8), "application/json"));
            return "http://plugins.example:" + port + path;
        }

        @Override
        protected String unansweredUrl() {
            return "http://plugins.example:" + port + "/nothing/here.json";
        }

        /** The fake's own address on another port: loopback, not exempt. */
        @Override
        protected String refusedUrl() {
            return "http://plugins.example:" + (port + 1) + FILE;
        }

        @Override
        protected int maxDocumentBytes() {
            return GuardedDocumentFetcher.MAX_DOCUMENT_BYTES;
        }
    }
}
