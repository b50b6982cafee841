package dev.plugbay.bootstrap;

import dev.plugbay.adapters.rest.security.JwtSecretResolver;
import dev.plugbay.adapters.rest.security.JwtSettings;
import dev.plugbay.adapters.rest.security.JwtSigningKey;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

@Factory
final class JwtWiring {

    @Singleton
    JwtSettings jwtSettings(Environment environment) {
        return JwtSettings.from(environment);
    }

    /** Resolved at startup, so that a bad secret or an unwritable home stops the server before it listens. */
    @Context
    JwtSigningKey jwtSigningKey(JwtSettings settings) {
        return JwtSecretResolver.resolve(settings);
    }

    @Singleton
    TokenIssuer tokenIssuer(JwtSigningKey key, JwtSettings settings) {
        return new TokenIssuer(key, settings.issuer());
    }
}
