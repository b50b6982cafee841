package dev.plugbay.bootstrap;

import static dev.plugbay.bootstrap.HttpCalls.body;
import static dev.plugbay.bootstrap.HttpCalls.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.domain.json.JsonReader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the packaged configuration adds to the security adapter: no secret is configured, so tokens
 * are signed with the one generated in plugbay.home; /health is anonymous; HTTP Basic is off; routes
 * no rule names are refused. The full table of refused tokens runs in adapters-rest (SecurityApiTest).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtAuthenticationTest implements TestPropertyProvider {

    private static final String INSTALLED = "/api/v1/plugins/installed";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TokenIssuer tokenIssuer;

    private Path home;

    @Override
    public Map<String, String> getProperties() {
        home = TemporaryFolders.create("plugbay-home");
        return Map.of("plugbay.home", home.toString(), "plugbay.catalog.seed", "false");
    }

    @Test
    void aTokenSignedWithTheSecretGeneratedInHomeReachesARealRoute() throws Exception {
        HttpResponse<String> response = exchange(client, HttpRequest.GET(INSTALLED).bearerAuth(signedWithHomeSecret(
                claims(Instant.now()))));

        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        assertEquals("[]", body(response));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }

    @Test
    void anExpiredTokenSignedWithTheGeneratedSecretIsUnauthorized() throws Exception {
        Instant now = Instant.now();
        String expired = signedWithHomeSecret(claims(now).expirationTime(Date.from(now.minusSeconds(60))));

        assertUnauthorized(HttpRequest.GET(INSTALLED).bearerAuth(expired));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsUnauthorized() throws JOSEException {
        assertUnauthorized(HttpRequest.GET(INSTALLED).bearerAuth(
                hs256(claims(Instant.now()), "a-secret-of-another-installation-long-enough")));
    }

    @Test
    void httpBasicIsSwitchedOffEvenWithAProviderThatAcceptsAnyPassword() {
        assertUnauthorized(HttpRequest.GET(INSTALLED).basicAuth("alice", "secret"));
    }

    @Test
    void healthIsAnonymous() {
        HttpResponse<String> response = exchange(client, HttpRequest.GET("/health"));

        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }

    @Test
    void anUnknownApiRouteWithoutATokenIsUnauthorizedInTheErrorModel() {
        HttpResponse<String> response = exchange(client, HttpRequest.GET("/api/no-such-route"));

        assertEquals(HttpStatus.UNAUTHORIZED, response.getStatus());
        assertEquals("Bearer", response.header("WWW-Authenticate"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("{\"success\":false,\"message\":\"A valid bearer token is required\",\"error\":\"UNAUTHORIZED\"}",
                body(response));
    }

    @Test
    void aRouteOutsideTheRulesIsDeniedByDefault() {
        assertEquals(HttpStatus.UNAUTHORIZED, exchange(client, HttpRequest.GET("/no-rule-covers-this")).getStatus());
    }

    @Test
    void theAdminRouteAnswersAPlainTokenInTheErrorModelAndAnAdminTokenNormally() {
        HttpResponse<String> plain = exchange(client, HttpRequest.GET("/api/test/admin")
                .bearerAuth(tokenIssuer.issue("alice", List.of(), Instant.now(), Duration.ofMinutes(5))));
        HttpResponse<String> admin = exchange(client, HttpRequest.GET("/api/test/admin")
                .bearerAuth(tokenIssuer.issue("alice", List.of("ADMIN"), Instant.now(), Duration.ofMinutes(5))));

        assertEquals(HttpStatus.FORBIDDEN, plain.getStatus());
        assertEquals("{\"success\":false,\"message\":\"You are not allowed to do this\",\"error\":\"PERMISSION_DENIED\"}",
                body(plain));
        assertEquals(HttpStatus.OK, admin.getStatus());
        assertEquals("admin alice", body(admin));
    }

    private void assertUnauthorized(HttpRequest<?> request) {
        HttpResponse<String> response = exchange(client, request);

        assertEquals(HttpStatus.UNAUTHORIZED, response.getStatus(), body(response));
        assertEquals("UNAUTHORIZED", MarketplaceApi.text(JsonReader.parse(body(response)), "error"));
    }

    /** Signed with the secret Plugbay wrote to plugbay.home on its first start, as an operator could. */
    private String signedWithHomeSecret(JWTClaimsSet.Builder claims) throws IOException, JOSEException {
        return hs256(claims, Files.readString(home.resolve("jwt-secret"), StandardCharsets.UTF_8).strip());
    }

    private static JWTClaimsSet.Builder claims(Instant now) {
        return new JWTClaimsSet.Builder().subject("alice").issuer("plugbay").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
    }

    private static String hs256(JWTClaimsSet.Builder claims, String secret) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
