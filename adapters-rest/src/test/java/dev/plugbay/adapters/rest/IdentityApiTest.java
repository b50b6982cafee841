package dev.plugbay.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.plugbay.contracts.memory.InMemoryUserProfiles;
import dev.plugbay.application.port.out.identity.UserProfile;
import dev.plugbay.contracts.testing.Manifests;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Identity as an Invenicum deployment configures it: the subject is the numeric {@code userId}
 * claim, tokens carry no {@code iss}, and the author name and avatar come from the user profile
 * service (here its in-memory fake), asked once per token.
 */
@MicronautTest
@Property(name = "plugbay.identity.subject-claim", value = "userId")
@Property(name = "plugbay.jwt.issuer", value = "")
class IdentityApiTest extends ApiTestSupport {

    private static final String SECRET = "test-secret-of-sixty-four-bytes-for-hs256-and-hs512-0123456789ab";
    private static final String AVATAR = "https://avatars.example.com/u/7.png";
    private static final AtomicLong USER_IDS = new AtomicLong(1_000);

    @Inject
    InMemoryUserProfiles profiles;

    @Test
    void aLinkedUserAuthorsUnderTheirHandleWithTheirAvatar() {
        String handle = unique("Ana-Dev");
        String token = userToken(new UserProfile(Optional.of(handle), Optional.of(AVATAR)));
        String id = unique("identity_linked_");

        Api.Reply created = send(token, HttpRequest.POST("/api/v1/plugins", Manifests.uiPlugin(id, "1.0.0").toJson()));
        Api.Reply detail = send(token, HttpRequest.GET("/api/v1/plugins/" + id));

        assertEquals(201, created.status(), created::toString);
        assertEquals(handle, Json.text(created.object(), "author"));
        assertEquals(AVATAR, Json.text(detail.object(), "authorAvatar"));
        assertTrue(Json.flag(detail.object(), "isMine"));
    }

    @Test
    void theHandleIsComparedWithoutCaseAcrossUsers() {
        String handle = unique("Case-Dev");
        String id = unique("identity_case_");
        String author = userToken(new UserProfile(Optional.of(handle), Optional.empty()));
        String sameHandleOtherCase = userToken(new UserProfile(Optional.of(handle.toLowerCase()), Optional.empty()));
        assertEquals(201, send(author, HttpRequest.POST("/api/v1/plugins", Manifests.uiPlugin(id, "1.0.0").toJson())).status());

        Api.Reply updated = send(sameHandleOtherCase,
                HttpRequest.PUT("/api/v1/plugins/" + id, Manifests.uiPlugin(id, "1.1.0").toJson()));

        assertEquals(200, updated.status(), updated::toString);
    }

    @Test
    void aUserWithoutALinkedAccountBrowsesAndInstallsButCannotAuthor() {
        String id = unique("identity_public_");
        String author = userToken(new UserProfile(Optional.of(unique("Publisher")), Optional.empty()));
        assertEquals(201, send(author, HttpRequest.POST("/api/v1/plugins", Manifests.uiPlugin(id, "1.0.0").toJson())).status());
        String token = userToken(UserProfile.EMPTY);

        assertEquals(200, send(token, HttpRequest.GET("/api/v1/plugins/community")).status());
        assertEquals(201, send(token, HttpRequest.POST("/api/v1/plugins/install", "{\"id\":\"" + id + "\"}")).status());
        Api.Reply create = send(token, HttpRequest.POST("/api/v1/plugins",
                Manifests.uiPlugin(unique("identity_unlinked_"), "1.0.0").toJson()));
        Api.Reply delete = send(token, HttpRequest.DELETE("/api/v1/plugins/" + id));

        for (Api.Reply refused : new Api.Reply[] {create, delete}) {
            assertEquals(403, refused.status(), refused::toString);
            assertEquals("PERMISSION_DENIED", refused.error());
            assertTrue(Json.text(refused.object(), "message").contains("GitHub account must be linked"), refused::toString);
        }
    }

    @Test
    void theProfileIsAskedOncePerToken() {
        String token = userToken(new UserProfile(Optional.of(unique("Once")), Optional.empty()));
        int before = profiles.calls();

        send(token, HttpRequest.GET("/api/v1/plugins/community"));
        send(token, HttpRequest.GET("/api/v1/plugins/installed"));
        send(token, HttpRequest.POST("/api/v1/plugins", Manifests.uiPlugin(unique("identity_once_"), "1.0.0").toJson()));

        assertEquals(before + 1, profiles.calls());
    }

    @Test
    void anUnreachableProfileServiceFailsAuthoringOnly() {
        String token = token(USER_IDS.incrementAndGet(), Instant.now().plusSeconds(600));

        Api.Reply browse = send(token, HttpRequest.GET("/api/v1/plugins/community"));
        Api.Reply create = send(token, HttpRequest.POST("/api/v1/plugins",
                Manifests.uiPlugin(unique("identity_down_"), "1.0.0").toJson()));

        assertEquals(200, browse.status(), browse::toString);
        assertEquals(502, create.status(), create::toString);
        assertEquals("UPSTREAM_UNAVAILABLE", create.error());
    }

    @Test
    void anExpiredTokenIsTheLogoutMessageAndNoTokenIsAnother() {
        Api.Reply expired = send(token(USER_IDS.incrementAndGet(), Instant.now().minusSeconds(120)),
                HttpRequest.GET("/api/v1/plugins/installed"));
        Api.Reply anonymous = api.send(HttpRequest.GET("/api/v1/plugins/installed"));

        assertEquals(401, expired.status());
        assertEquals("Invalid or expired token", Json.text(expired.object(), "message"));
        assertEquals(401, anonymous.status());
        assertEquals("A valid bearer token is required", Json.text(anonymous.object(), "message"));
    }

    @Test
    void aSubjectThatIsNoUsernameIsRefused() throws JOSEException {
        for (Object subject : new Object[] {-7, 7.5, "two words", null}) {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().claim("email", "x@example.com")
                    .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)));
            if (subject != null) {
                claims.claim("userId", subject);
            }
            Api.Reply reply = send(signed(claims.build()), HttpRequest.GET("/api/v1/plugins/installed"));
            assertEquals(401, reply.status(), () -> subject + ": " + reply);
        }
    }

    private String userToken(UserProfile profile) {
        String token = token(USER_IDS.incrementAndGet(), Instant.now().plusSeconds(600));
        profiles.give(token, profile);
        return token;
    }

    /** Invenicum's token: {@code {"userId": 7, "email": ..., "iat", "exp"}}, HS256, no sub, no iss. */
    private static String token(long userId, Instant expiry) {
        try {
            return signed(new JWTClaimsSet.Builder().claim("userId", userId).claim("email", "user" + userId + "@example.com")
                    .issueTime(Date.from(Instant.now().minusSeconds(300)))
                    .expirationTime(Date.from(expiry)).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signed(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private Api.Reply send(String token, io.micronaut.http.MutableHttpRequest<?> request) {
        return api.send(request.contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }

    @Factory
    @Requires(property = "plugbay.identity.subject-claim", value = "userId")
    static class ProfileServiceWiring {

        @Singleton
        InMemoryUserProfiles userProfiles() {
            return new InMemoryUserProfiles();
        }
    }
}
