package dev.plugbay.adapters.rest.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The framework's token parser, refusing every token that {@link StrictTokens} refuses before the
 * signature and the claims are checked. Only signed tokens (JWS) are parsed: Plugbay configures no
 * encryption, and an unsigned token is never valid.
 */
@Singleton
@Replaces(JsonWebTokenParser.class)
final class StrictJwtParser implements JsonWebTokenParser<JWT> {

    private static final Logger LOG = LoggerFactory.getLogger(StrictJwtParser.class);

    private final Clock clock;

    StrictJwtParser(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<JWT> parse(String token) {
        Optional<String> problem = StrictTokens.problem(token, clock.instant());
        if (problem.isPresent()) {
            LOG.debug("Token refused: {}", problem.get());
            return Optional.empty();
        }
        try {
            return Optional.of(SignedJWT.parse(token));
        } catch (ParseException notAJws) {
            LOG.debug("Token refused: not a signed JWT");
            return Optional.empty();
        }
    }

    @Override
    public Optional<Claims> parseClaims(String token) {
        return parse(token).flatMap(jwt -> {
            try {
                return Optional.of(new JwtClaimsSetAdapter(jwt.getJWTClaimsSet()));
            } catch (ParseException unreadableClaims) {
                return Optional.empty();
            }
        });
    }
}
