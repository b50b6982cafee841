package dev.plugbay.adapters.rest.security;

import io.micronaut.core.value.PropertyResolver;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The token settings, read the same way by the server and by the {@code token} command.
 *
 * @param configuredSecret {@code plugbay.jwt.secret}, when set
 * @param issuer           {@code plugbay.jwt.issuer}: written into and required in every token
 * @param home             {@code plugbay.home}: where a generated secret is kept
 */
public record JwtSettings(Optional<String> configuredSecret, String issuer, Path home) {

    public static final String SECRET_PROPERTY = "plugbay.jwt.secret";
    public static final String ISSUER_PROPERTY = "plugbay.jwt.issuer";
    public static final String HOME_PROPERTY = "plugbay.home";

    public static JwtSettings from(PropertyResolver properties) {
        return new JwtSettings(
                properties.get(SECRET_PROPERTY, String.class).filter(secret -> !secret.isEmpty()),
                properties.getRequiredProperty(ISSUER_PROPERTY, String.class),
                Path.of(properties.getRequiredProperty(HOME_PROPERTY, String.class)));
    }
}
