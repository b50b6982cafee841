package dev.plugbay.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.contracts.testing.RawHttp;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The marketplace routes behind the strict token rules: the whole token table, against the real
 * protected handlers. Bootstrap's JwtAuthenticationTest checks only what its packaged configuration
 * adds (the generated secret, the anonymous health check, HTTP Basic switched off).
 */
@MicronautTest
class SecurityApiTest extends ApiTestSupport {

    private static final String SECRET = "test-secret-of-sixty-four-bytes-for-hs256-and-hs512-0123456789ab";
    private static final String INSTALLED = "/api/v1/plugins/installed";
    private static final String SYNC = "/api/v1/admin/registry/sync";

    @Inject
    EmbeddedServer server;

    @Inject
    CountingSyncRegistry sync;

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
                Arguments.of("sub that is not a username", hs256(claims(now).subject("../admin"), SECRET)),
                Arguments.of("tampered payload", tampered(hs256(claims(now), SECRET))),
                Arguments.of("exp overflowing milliseconds", hs256(claims(now).expirationTime(null)
                        .claim("exp", -9_223_372_036_854_776L), SECRET)),
                Arguments.of("nbf overflowing milliseconds", hs256(claims(now).claim("nbf", 9_223_372_036_854_776L), SECRET)),
                Arguments.of("iat beyond the clock skew", hs256(claims(now).issueTime(Date.from(now.plusSeconds(120))), SECRET)),
                Arguments.of("roles as a plain string", hs256(claims(now).claim("roles", "ADMIN"), SECRET)),
                Arguments.of("roles holding a number", hs256(claims(now).claim("roles", List.of("ADMIN", 1)), SECRET)),
                Arguments.of("padded signature", hs256(claims(now), SECRET) + "="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void refusedTokensAreUnauthorizedOnEveryKindOfRoute(String description, String token) {
        for (HttpRequest<?> request : List.of(HttpRequest.GET(INSTALLED), HttpRequest.POST(SYNC, ""),
                HttpRequest.DELETE("/api/v1/plugins/anything"))) {
            Api.Reply reply = api.send(((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(token));

            assertEquals(401, reply.status(), description + " on " + request.getPath() + ": " + reply);
            assertEquals("UNAUTHORIZED", reply.error());
            assertEquals("Bearer", reply.header("WWW-Authenticate"));
        }
    }

    @Test
    void theTableAboveDiffersFromAnAcceptedTokenOnlyInItsDefect() throws JOSEException {
        assertEquals(200, api.send(HttpRequest.GET(INSTALLED).bearerAuth(hs256(claims(Instant.now()), SECRET))).status());
    }

    @Test
    void aMissingHeaderAnotherSchemeOrATokenInACookieIsUnauthorized() {
        assertEquals(401, api.send(HttpRequest.GET(INSTALLED)).status());
        assertEquals(401, api.send(HttpRequest.GET(INSTALLED).basicAuth("alice", "secret")).status());
        assertEquals(401, api.send(HttpRequest.GET(INSTALLED).header("Authorization", "Token " + api.token("alice"))).status());
        assertEquals(401, api.send(HttpRequest.GET(INSTALLED).cookie(Cookie.of("JWT", api.token("alice")))).status());
    }

    @Test
    void theAdminSyncNeedsTheAdminRole() {
        Api.Reply plain = api.send(HttpRequest.POST(SYNC, "").bearerAuth(api.token(unique("user"))));
        Api.Reply admin = api.send(HttpRequest.POST(SYNC, "").bearerAuth(api.token(unique("admin"), "ADMIN")));

        assertEquals(403, plain.status(), plain::toString);
        assertEquals("PERMISSION_DENIED", plain.error());
        assertEquals(200, admin.status(), admin::toString);
    }

    @Test
    void theAvatarClaimBecomesTheAuthorsAvatar() throws JOSEException {
        String author = unique("painter");
        String token = hs256(claims(Instant.now()).subject(author).claim("avatar", "https://avatars.example/p.png"), SECRET);
        String id = unique("avatar");
        api.send(HttpRequest.POST("/api/v1/plugins", dev.plugbay.contracts.testing.Manifests.uiPlugin(id, "1.0.0").toJson())
                .contentType("application/json").bearerAuth(token));

        assertEquals("https://avatars.example/p.png", Json.text(api.get(author, "/api/v1/plugins/" + id).object(), "authorAvatar"));
    }

    /** Spellings of protected paths that must not slip past the rules; sent byte for byte. */
    @ParameterizedTest
    @ValueSource(strings = {
            "GET /api/v1/plugins/installed/", "GET /api/v1/plugins//installed", "GET //api/v1/plugins/installed",
            "GET /API/v1/plugins/installed", "GET /api/v1/plugins/%69nstalled", "GET /api/v1/plugins%2Finstalled",
            "GET /api/v1/plugins/installed;jsessionid=x", "GET /api/v1/plugins/./installed",
            "GET /swagger/../api/v1/plugins/installed", "GET /swagger-ui/..%2F..%2Fapi/v1/plugins/installed",
            "POST /api/v1/plugins/../admin/registry/sync", "POST /api/v1/admin/registry/sync/",
            "POST /api/v1/admin%2Fregistry%2Fsync", "POST /api/v1//admin/registry/sync", "POST /API/V1/ADMIN/REGISTRY/SYNC",
            "POST /api/v1/admin/registry/sync;jsessionid=x", "POST /swagger/../api/v1/admin/registry/sync",
            "POST /api/v1/admin/registry/./sync", "POST /api/v1/admin/registry/%73ync"})
    void noSpellingReachesAProtectedHandlerWithoutAToken(String line) {
        String[] parts = line.split(" ");
        int before = syncCalls();

        RawHttp.Answer answer = RawHttp.send(server.getURL(), parts[0], parts[1], null);

        assertTrue(answer.status() == 401 || answer.status() == 400 || answer.status() == 404,
                line + " answered " + answer.status() + " " + answer.body());
        assertFalse(answer.body().contains("\"isInstalled\""), answer.body());
        assertEquals(before, syncCalls(), "the sync handler ran for " + line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plugins/../admin/registry/sync", "/api/v1/admin/registry/sync/",
            "/api/v1/admin%2Fregistry%2Fsync", "/api/v1//admin/registry/sync", "/API/v1/admin/registry/sync",
            "/api/v1/admin/registry/sync;jsessionid=x", "/swagger/../api/v1/admin/registry/sync",
            "/api/v1/admin/registry/./sync", "/api/v1/admin/registry/%73ync", "/api/v1/admin/registry/sync%00"})
    void noSpellingReachesTheAdminHandlerWithoutTheAdminRole(String target) {
        int before = syncCalls();

        RawHttp.Answer answer = RawHttp.send(server.getURL(), "POST", target, api.token(unique("user")));

        assertTrue(answer.status() == 403 || answer.status() == 404 || answer.status() == 400,
                target + " answered " + answer.status() + " " + answer.body());
        assertEquals(before, syncCalls(), "the sync handler ran for " + target);
    }

    private int syncCalls() {
        return sync.calls();
    }

    private static JWTClaimsSet.Builder claims(Instant now) {
        return new JWTClaimsSet.Builder().subject("alice").issuer("plugbay").issueTime(Date.from(now))
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

    /** The original header and signature over claims that now grant ADMIN. */
    private static String tampered(String token) {
        try {
            SignedJWT original = SignedJWT.parse(token);
            JWTClaimsSet changed = new JWTClaimsSet.Builder(original.getJWTClaimsSet())
                    .claim(TokenIssuer.ROLES_CLAIM, List.of("ADMIN")).build();
            return original.getHeader().toBase64URL() + "." + Base64URL.encode(changed.toString()) + "."
                    + original.getSignature();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withoutAllowedOriginsNoCorsHeaderIsEverSent() {
        Api.Reply preflight = api.send(CorsApiTest.preflight("/api/v1/plugins/community", CorsApiTest.ALLOWED, "GET"));
        Api.Reply actual = api.send(HttpRequest.GET("/api/v1/plugins/community").header("Origin", CorsApiTest.ALLOWED)
                .bearerAuth(api.token("cora")));

        for (Api.Reply reply : List.of(preflight, actual)) {
            assertNull(reply.header("Access-Control-Allow-Origin"), reply::toString);
        }
    }
}
