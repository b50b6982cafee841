package dev.plugbay.adapters.rest.security;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses tokens whose subject claim ({@code plugbay.identity.subject-claim}) is missing or not a
 * Plugbay username, so that such a token is a 401 at the door rather than a failure inside a handler.
 */
@Singleton
final class SubjectClaimValidator<T> implements GenericJwtClaimsValidator<T> {

    private final IdentitySettings settings;

    SubjectClaimValidator(IdentitySettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        return TokenSubjects.username(claims.get(settings.subjectClaim())).isPresent();
    }
}
