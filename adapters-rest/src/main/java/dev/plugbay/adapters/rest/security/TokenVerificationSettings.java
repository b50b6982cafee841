package dev.plugbay.adapters.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How an incoming token is checked ({@code plugbay.jwt}): {@code issuer} is the {@code iss} every
 * token must carry exactly (set empty, {@code iss} is not required); {@code jwks-url} is the key set
 * of an OpenID Connect provider whose RS256 and ES256 tokens are also accepted, re-read when a token
 * names a key it does not hold, at most once per {@code jwks-refresh-interval}. A key set URL that
 * is not absolute http(s), or a negative interval, stops the start with a message naming the setting.
 */
@Context
@ConfigurationProperties("plugbay.jwt")
public record TokenVerificationSettings(
        @Bindable(defaultValue = "plugbay") @Nullable String issuer,
        @Nullable URI jwksUrl,
        @Bindable(defaultValue = "10s") Duration jwksRefreshInterval) {

    public TokenVerificationSettings {
        if (jwksUrl != null && (jwksUrl.getHost() == null
                || !("http".equals(jwksUrl.getScheme()) || "https".equals(jwksUrl.getScheme())))) {
            throw new IllegalArgumentException("plugbay.jwt.jwks-url must be an absolute http or https URL, not " + jwksUrl);
        }
        if (jwksRefreshInterval.isNegative()) {
            throw new IllegalArgumentException("plugbay.jwt.jwks-refresh-interval must not be negative");
        }
    }

    /** The required issuer, or empty when none is. */
    public Optional<String> requiredIssuer() {
        return Optional.ofNullable(issuer).filter(value -> !value.isEmpty());
    }
}
