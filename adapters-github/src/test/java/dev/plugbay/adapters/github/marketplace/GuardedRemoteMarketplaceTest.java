package dev.plugbay.adapters.github.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.github.fake.Fault;
import dev.plugbay.adapters.github.outbound.OutboundSettings;
import dev.plugbay.adapters.github.outbound.http.Timeouts;
import dev.plugbay.application.port.out.host.RemoteMarketplace;
import dev.plugbay.contracts.host.RemoteMarketplaceContract;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guarded adapter against a fake registry on 127.0.0.1: the port's contract, and what only the real
 * guard and client show: time limits, chunked bodies, and addresses checked at fetch time.
 */
class GuardedRemoteMarketplaceTest {

    private static final Timeouts GENEROUS = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));

    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(1500));

    private final LocalRegistryServer server = new LocalRegistryServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSlowRegistryOrArchiveIsUnavailableOnceItsOwnTotalLimitIsSpent() {
        GuardedRemoteMarketplace marketplace = server.marketplace(SHORT, SHORT);
        String slow = server.url(new Fault.Delay(Duration.ofSeconds(3)));

        DomainException registry = assertThrows(DomainException.class, () -> marketplace.registry(slow));
        DomainException archive = assertThrows(DomainException.class, () -> marketplace.archive(slow, 1024));

        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, registry.code());
        assertTrue(registry.getMessage().contains("did not answer in time"), registry.getMessage());
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, archive.code());
    }

    @Test
    void anArchiveHasItsOwnLongerTotalLimit() {
        GuardedRemoteMarketplace marketplace = server.marketplace(SHORT, GENEROUS);
        String slow = server.slowFile("archive bytes", Duration.ofSeconds(2));

        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, assertThrows(DomainException.class, () -> marketplace.registry(slow)).code());
        assertEquals("archive bytes", new String(marketplace.archive(slow, 1024), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "chunked = {0}")
    @ValueSource(booleans = {false, true})
    void anArchiveOverTheCapIsRefusedWhetherItsLengthIsDeclaredOrNot(boolean chunked) {
        GuardedRemoteMarketplace marketplace = server.marketplace(GENEROUS, GENEROUS);
        byte[] body = new byte[4097];
        String url = server.url(chunked ? new Fault.Chunked(body, "application/zip") : new Fault.Body(body, "application/zip"));

        DomainException tooLarge = assertThrows(DomainException.class, () -> marketplace.archive(url, 4096));

        assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.code());
        assertTrue(tooLarge.getMessage().contains("larger than 4096 bytes"), tooLarge.getMessage());
    }

    @Test
    void theStaticCheckAcceptsWhatOnlyAFetchRefusesAndNothingIsSentThen() {
        server.dns().answer("rebound.example", "127.0.0.1");
        GuardedRemoteMarketplace marketplace = new GuardedRemoteMarketplace(
                new OutboundSettings(List.of("rebound.example"), List.of(), Duration.ofSeconds(5), Duration.ofSeconds(10)),
                server.dns());
        String url = "http://rebound.example:" + server.port() + "/registry.json";

        marketplace.requireAllowed(url);
        DomainException refused = assertThrows(DomainException.class, () -> marketplace.registry(url));

        assertEquals(ErrorCode.URL_NOT_ALLOWED, refused.code());
        assertTrue(refused.getMessage().contains("127.0.0.1 (loopback)"), refused.getMessage());
        assertEquals(0, server.requests());
    }

    @Test
    void aHostThatDoesNotResolveIsUnavailable() {
        GuardedRemoteMarketplace marketplace = new GuardedRemoteMarketplace(
                new OutboundSettings(List.of("gone.example"), List.of(), Duration.ofSeconds(5), Duration.ofSeconds(10)),
                server.dns());

        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE,
                assertThrows(DomainException.class, () -> marketplace.registry("https://gone.example/registry.json")).code());
    }

    @Nested
    class RemoteMarketplacePort extends RemoteMarketplaceContract {

        private final GuardedRemoteMarketplace marketplace = server.marketplace(GENEROUS, GENEROUS);

        @Override
        protected RemoteMarketplace marketplace() {
            return marketplace;
        }

        @Override
        protected String serving(byte[] body, String contentType) {
            return server.url(new Fault.Body(body, contentType));
        }

        @Override
        protected String answering(int status) {
            return server.url(new Fault.Status(status));
        }

        @Override
        protected String redirecting() {
            return server.url(new Fault.Redirect(server.url(new Fault.Body("[]".getBytes(StandardCharsets.UTF_8), "application/json"))));
        }

        @Override
        protected String notAllowed() {
            return "http://elsewhere.example:" + server.port() + "/registry.json";
        }
    }
}
