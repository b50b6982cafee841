package dev.plugbay.bootstrap;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

/**
 * Accepts every username and password. It exists so that the Basic-scheme test proves HTTP Basic is
 * switched off, rather than merely lacking a provider.
 */
@Singleton
class AnyPasswordAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        return AuthenticationResponse.success(credentials.getIdentity());
    }
}
