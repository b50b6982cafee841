package dev.plugbay.bootstrap.operations;

import static dev.plugbay.bootstrap.HttpCalls.body;
import static dev.plugbay.bootstrap.HttpCalls.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.PackagedServer;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-caller budgets over HTTP on the packaged configuration with 3 reads and 2 writes a minute:
 * each token subject and each anonymous peer address has its own, reads and writes are counted
 * apart, a refused token spends nothing, and the host's routes and the probes are exempt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitOverHttpTest {

    private static final int READS = 3;
    private static final int WRITES = 2;
    private static final String INSTALLED = "/api/v1/plugins/installed";
    private static final String VALIDATE = "/api/v1/plugins/validate";

    @TempDir
    static Path home;

    private PackagedServer server;
    private TokenIssuer tokens;

    @BeforeAll
    void start() {
        server = PackagedServer.start(home, Map.of(
                "plugbay.limits.reads-per-minute", READS, "plugbay.limits.writes-per-minute", WRITES));
        tokens = server.context().getBean(TokenIssuer.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aCallerPastItsReadBudgetIsAnswered429WithRetryAfterWhileOthersAndItsWritesGoOn() {
        for (int i = 0; i < READS; i++) {
            assertEquals(200, as("reader", HttpRequest.GET(INSTALLED)).code());
        }
        HttpResponse<String> refused = as("reader", HttpRequest.GET(INSTALLED));

        assertEquals(429, refused.code());
        assertTrue(body(refused).contains("\"error\":\"RATE_LIMITED\""), body(refused));
        long retryAfter = Long.parseLong(refused.header(HttpHeaders.RETRY_AFTER));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(200, as("reader2", HttpRequest.GET(INSTALLED)).code(), "each subject has its own budget");
        assertNotEquals(429, as("reader", validate()).code(), "writes have a budget of their own");
    }

    @Test
    void aCallerPastItsWriteBudgetIsAnswered429AndStillReads() {
        for (int i = 0; i < WRITES; i++) {
            assertNotEquals(429, as("writer", validate()).code());
        }

        assertEquals(429, as("writer", validate()).code());
        assertEquals(200, as("writer", HttpRequest.GET(INSTALLED)).code());
    }

    @Test
    void refusedTokensSpendNothingAndAnonymousCallsShareTheirPeerAddressBudget() {
        for (int i = 0; i < READS * 3; i++) {
            HttpResponse<String> refused = exchange(server.client(), HttpRequest.GET(INSTALLED).bearerAuth("not.a.token"));
            assertEquals(401, refused.code(), "a bad token is refused before any budget is spent");
        }
        for (int i = 0; i < READS; i++) {
            assertEquals(200, exchange(server.client(), HttpRequest.GET("/")).code(), "anonymous call " + i);
        }

        assertEquals(429, exchange(server.client(), HttpRequest.GET("/")).code());
    }

    @Test
    void theHostRoutesAndTheProbesAreExempt() {
        for (int i = 0; i < READS; i++) {
            as("hostadmin", HttpRequest.GET(INSTALLED));
        }
        assertEquals(429, as("hostadmin", HttpRequest.GET(INSTALLED)).code());

        for (String path : List.of("/api/plugins", "/api/plugins/some_plugin/logs", "/api/settings", "/health")) {
            for (int i = 0; i <= READS; i++) {
                assertNotEquals(429, as("hostadmin", HttpRequest.GET(path)).code(), path);
            }
        }
    }

    private static MutableHttpRequest<String> validate() {
        return HttpRequest.POST(VALIDATE, "{}").contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private HttpResponse<String> as(String subject, MutableHttpRequest<?> request) {
        return exchange(server.client(), request.bearerAuth(
                tokens.issue(subject, List.of("ADMIN"), Instant.now(), Duration.ofMinutes(5))));
    }
}
