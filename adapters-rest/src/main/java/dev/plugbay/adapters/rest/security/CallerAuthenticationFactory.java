package dev.plugbay.adapters.rest.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.plugbay.domain.user.Username;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authentication of a verified token: named by its subject claim ({@code plugbay.identity.subject-claim}),
 * with the {@code roles} claim as roles, and every claim plus the token itself as attributes (the
 * caller's author name may be a claim, or be asked for with the token).
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
final class CallerAuthenticationFactory implements JwtAuthenticationFactory {

    /** The attribute holding the bearer token the authentication was made from. */
    static final String BEARER_TOKEN = "plugbay.bearer-token";

    private final IdentitySettings settings;

    CallerAuthenticationFactory(IdentitySettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            Optional<Username> subject = TokenSubjects.username(claims.getClaim(settings.subjectClaim()));
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            List<String> roles = claims.getStringListClaim(TokenIssuer.ROLES_CLAIM);
            Map<String, Object> attributes = new HashMap<>(claims.getClaims());
            attributes.put(BEARER_TOKEN, token.getParsedString());
            return Optional.of(Authentication.build(subject.get().value(), roles == null ? List.of() : roles, attributes));
        } catch (ParseException unreadableClaims) {
            return Optional.empty();
        }
    }
}
