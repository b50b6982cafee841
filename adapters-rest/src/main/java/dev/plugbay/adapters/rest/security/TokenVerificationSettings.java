package dev.plugbay.adapters.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Optional;

/**
 * How an incoming token is checked beyond its signature ({@code plugbay.jwt}): {@code issuer} is
 * the {@code iss} every token must carry exactly; set empty, {@code iss} is not required.
 */
@Context
@ConfigurationProperties("plugbay.jwt")
public record TokenVerificationSettings(@Bindable(defaultValue = "plugbay") @Nullable String issuer) {

    /** The required issuer, or empty when none is. */
    public Optional<String> requiredIssuer() {
        return Optional.ofNullable(issuer).filter(value -> !value.isEmpty());
    }
}
