package dev.plugbay.adapters.rest.security;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.user.Username;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses tokens whose {@code sub} is not a Plugbay username, so that such a token is a 401 at
 * the door rather than a failure inside a handler.
 */
@Singleton
final class UsernameSubjectValidator<T> implements GenericJwtClaimsValidator<T> {

    @Override
    public boolean validate(Claims claims, T request) {
        if (!(claims.get(Claims.SUBJECT) instanceof String subject)) {
            return false;
        }
        try {
            new Username(subject);
            return true;
        } catch (InvalidRequestException notAUsername) {
            return false;
        }
    }
}
