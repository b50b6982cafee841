package dev.plugbay.adapters.rest.security;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Requires {@code iss} to equal {@code plugbay.jwt.issuer} exactly (the framework's own check
 * accepts any issuer that merely ends with it); an empty setting requires nothing.
 */
@Singleton
final class IssuerClaimValidator<T> implements GenericJwtClaimsValidator<T> {

    private final TokenVerificationSettings settings;

    IssuerClaimValidator(TokenVerificationSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        return settings.requiredIssuer().map(issuer -> issuer.equals(claims.get(Claims.ISSUER))).orElse(true);
    }
}
