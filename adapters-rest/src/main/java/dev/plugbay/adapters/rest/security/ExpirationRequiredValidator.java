package dev.plugbay.adapters.rest.security;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Rejects tokens without {@code exp}: the framework checks an expiry only when one is present,
 * which would make a leaked token valid forever.
 */
@Singleton
final class ExpirationRequiredValidator<T> implements GenericJwtClaimsValidator<T> {

    @Override
    public boolean validate(Claims claims, T request) {
        return claims.get(Claims.EXPIRATION_TIME) != null;
    }
}
