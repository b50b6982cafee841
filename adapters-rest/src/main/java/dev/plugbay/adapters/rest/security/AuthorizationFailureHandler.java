package dev.plugbay.adapters.rest.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers a refused request with the API's error body and nothing else: no redirect, no detail on
 * why the token was refused.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationFailureHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    static final String UNAUTHORIZED_BODY =
            "{\"success\":false,\"message\":\"A valid bearer token is required\",\"error\":\"UNAUTHORIZED\"}";
    static final String FORBIDDEN_BODY =
            "{\"success\":false,\"message\":\"You are not allowed to do this\",\"error\":\"PERMISSION_DENIED\"}";

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(FORBIDDEN_BODY);
        }
        return HttpResponse.unauthorized()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(UNAUTHORIZED_BODY);
    }
}
