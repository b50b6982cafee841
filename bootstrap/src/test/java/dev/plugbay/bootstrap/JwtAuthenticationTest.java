package dev.plugbay.bootstrap;

import static dev.plugbay.bootstrap.HttpCalls.body;
import static dev.plugbay.bootstrap.HttpCalls.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtAuthenticationTest implements TestPropertyProvider {

    /** 64 bytes, so that the same secret can also sign an HS512 token (which needs 512 bits). */
    private static final String SECRET = "test-secret-of-sixty-four-bytes-for-hs256-and-hs512-0123456789ab";
    private static final String WHOAMI = "/api/test/whoami";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TokenIssuer tokenIssuer;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of(
                    "plugbay.home", Files.createTempDirectory("plugbay-home").toString(),
                    "plugbay.jwt.secret", SECRET);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void healthIsAnonymous() {
        HttpResponse<String> response = exchange(client, HttpRequest.GET("/health"));

        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }

    @Test
    void unknownApiRouteWithoutTokenIsUnauthorized() {
        HttpResponse<String> response = exchange(client, HttpRequest.GET("/api/no-such-route"));

        assertEquals(HttpStatus.UNAUTHORIZED, response.getStatus());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("{\"success\":false,\"message\":\"A valid bearer token is required\",\"error\":\"UNAUTHORIZED\"}",
                body(response));
    }

    @Test
    void routeOutsideTheRulesIsDeniedByDefault() {
        assertEquals(HttpStatus.UNAUTHORIZED, exchange(client, HttpRequest.GET("/no-rule-covers-this")).getStatus());
    }

    @Test
    void validTokenIsAccepted() {
        HttpResponse<String> response = exchange(client, bearer(WHOAMI, validToken(List.of("EDITOR"))));

        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("alice [EDITOR]", body(response));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }

    @Test
    void adminRoleGrantsTheAdminRoute() {
        HttpResponse<String> response = exchange(client, bearer("/api/test/admin", validToken(List.of("ADMIN"))));

        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("admin alice", body(response));
    }

    @Test
    void tokenWithoutAdminRoleIsForbiddenOnTheAdminRoute() {
        HttpResponse<String> response = exchange(client, bearer("/api/test/admin", validToken(List.of())));

        assertEquals(HttpStatus.FORBIDDEN, response.getStatus());
        assertEquals("{\"success\":false,\"message\":\"You are not allowed to do this\",\"error\":\"PERMISSION_DENIED\"}",
                body(response));
    }

    @Test
    void missingHeaderIsUnauthorized() {
        assertUnauthorized(HttpRequest.GET(WHOAMI));
    }

    @Test
    void basicSchemeIsUnauthorized() {
        assertUnauthorized(HttpRequest.GET(WHOAMI).basicAuth("alice", "secret"));
    }

    @Test
    void validTokenInACookieIsUnauthorized() {
        assertUnauthorized(HttpRequest.GET(WHOAMI).cookie(Cookie.of("JWT", validToken(List.of()))));
    }

    @Test
    void validTokenUnderAnotherSchemeIsUnauthorized() {
        assertUnauthorized(HttpRequest.GET(WHOAMI).header("Authorization", "Token " + validToken(List.of())));
    }

    static Stream<Arguments> refusedTokens() throws JOSEException {
        Instant now = Instant.now();
        return Stream.of(
                Arguments.of("garbage", "not.a-token"),
                Arguments.of("wrong signature", hs256(claims(now), "another-secret-that-is-also-long-enough-to-sign")),
                Arguments.of("alg none", new PlainJWT(claims(now).build()).serialize()),
                Arguments.of("HS512 with the same secret", signed(JWSAlgorithm.HS512, claims(now), SECRET)),
                Arguments.of("HS384 with the same secret", signed(JWSAlgorithm.HS384, claims(now), SECRET)),
                Arguments.of("expired", hs256(claims(now).expirationTime(Date.from(now.minusSeconds(60))), SECRET)),
                Arguments.of("nbf in the future", hs256(claims(now).notBeforeTime(Date.from(now.plusSeconds(600))), SECRET)),
                Arguments.of("wrong issuer", hs256(claims(now).issuer("someone-else"), SECRET)),
                Arguments.of("no issuer", hs256(claims(now).issuer(null), SECRET)),
                Arguments.of("no exp", hs256(claims(now).expirationTime(null), SECRET)),
                Arguments.of("tampered payload", tampered(hs256(claims(now), SECRET),
                        builder -> builder.claim(TokenIssuer.ROLES_CLAIM, List.of("ADMIN")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void refusedTokenIsUnauthorized(String description, String token) {
        assertUnauthorized(bearer(WHOAMI, token));
    }

    @Test
    void theRefusedTokensDifferFromAnAcceptedOneOnlyInTheirDefect() throws JOSEException {
        // Guards the table above: the untouched claims with the test secret are accepted.
        HttpResponse<String> response = exchange(client, bearer(WHOAMI, hs256(claims(Instant.now()), SECRET)));

        assertEquals(HttpStatus.OK, response.getStatus());
    }

    private void assertUnauthorized(HttpRequest<?> request) {
        HttpResponse<String> response = exchange(client, request);

        assertEquals(HttpStatus.UNAUTHORIZED, response.getStatus());
        assertFalse(body(response).contains("Exception"), body(response));
    }

    private String validToken(List<String> roles) {
        return tokenIssuer.issue("alice", roles, Instant.now(), Duration.ofMinutes(5));
    }

    private static MutableHttpRequest<?> bearer(String path, String token) {
        return HttpRequest.GET(path).bearerAuth(token);
    }

    private static JWTClaimsSet.Builder claims(Instant now) {
        return new JWTClaimsSet.Builder()
                .subject("alice")
                .issuer("plugbay")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
    }

    private static String hs256(JWTClaimsSet.Builder claims, String secret) throws JOSEException {
        return signed(JWSAlgorithm.HS256, claims, secret);
    }

    private static String signed(JWSAlgorithm algorithm, JWTClaimsSet.Builder claims, String secret) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims.build());
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    /** Re-encodes the claims after {@code change} and keeps the original header and signature. */
    private static String tampered(String token, UnaryOperator<JWTClaimsSet.Builder> change) {
        try {
            SignedJWT original = SignedJWT.parse(token);
            JWTClaimsSet changed = change.apply(new JWTClaimsSet.Builder(original.getJWTClaimsSet())).build();
            Base64URL payload = Base64URL.encode(changed.toString());
            return original.getHeader().toBase64URL() + "." + payload + "." + original.getSignature();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
