package dev.plugbay.bootstrap.rest;

import static dev.plugbay.bootstrap.MarketplaceApi.post;
import static dev.plugbay.bootstrap.hostile.ErrorModelAnswers.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.bootstrap.hostile.HostileRequests;
import dev.plugbay.bootstrap.hostile.HostileTokens;
import dev.plugbay.contracts.testing.RawHttp;
import io.micronaut.http.HttpRequest;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11's reproductions against the packaged configuration (bootstrap's application.yml, its
 * generated secret, the embedded database), sent byte for byte: each is answered with the right 4xx
 * in the error model, within the 2 s read timeout, with a body under 16 KB; never 5xx, never 413 for a
 * request with no body, never an empty 403, never a token's refusal standing in for a malformed request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsOverHttpTest {

    private static final String INSTALLED = "/api/v1/plugins/installed";
    private static final String SYNC = "/api/v1/admin/registry/sync";

    @TempDir
    static Path home;

    private PackagedServer server;

    @BeforeAll
    void start() {
        server = PackagedServer.start(home, Map.of());
        // The first requests of a fresh server load classes for seconds: not what the read timeout measures.
        server.api().call("warm-up", post("/api/v1/plugins", "{}"), 400);
        server.api().call("warm-up", HttpRequest.GET("/api/v1/plugins/community?q=%41"), 200);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    List<HostileRequests.Hostile> hostileRequests() {
        return HostileRequests.all(RawHttp.hostHeader(server.url()), token("mallory"));
    }

    List<HostileTokens.Token> refusedTokens() {
        return tokens().refused();
    }

    List<HostileTokens.Token> acceptedTokens() {
        return tokens().accepted("carol");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void aClientsMistakeIsA4xxInTheErrorModel(HostileRequests.Hostile hostile) {
        assertRefused(RawHttp.exchange(server.url(), hostile.request()), hostile.status(), hostile.code(), hostile.name());
    }

    @Test
    void theWellFormedRequestTheyDepartFromIsAnswered() {
        RawHttp.Answer answer = RawHttp.exchange(server.url(), HostileRequests.wellFormed(RawHttp.hostHeader(server.url()), token("carol")));

        assertEquals(200, answer.status(), answer::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void aTokenThatBreaksAStrictRuleIsUnauthorized(HostileTokens.Token token) {
        for (String[] call : List.of(new String[] {"GET", INSTALLED}, new String[] {"POST", SYNC})) {
            RawHttp.Answer answer = RawHttp.send(server.url(), call[0], call[1], token.value());

            assertRefused(answer, 401, "UNAUTHORIZED", token.name() + " on " + call[1]);
            assertEquals("Bearer", answer.headers().get("www-authenticate"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedTokens")
    void aTokenAtTheEdgeOfTheRulesIsAccepted(HostileTokens.Token token) {
        assertEquals(200, RawHttp.send(server.url(), "GET", INSTALLED, token.value()).status(), token.name());
    }

    private HostileTokens tokens() {
        return new HostileTokens(server.generatedSecret(), "plugbay", Instant.now());
    }

    private String token(String user) {
        return server.context().getBean(TokenIssuer.class).issue(user, List.of(), Instant.now(), Duration.ofMinutes(10));
    }
}
