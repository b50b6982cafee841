package dev.plugbay.adapters.rest.security;

import dev.plugbay.adapters.rest.error.ApiErrors;
import dev.plugbay.adapters.rest.error.AuthorizationMessages;
import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
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

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return ApiErrors.response(ErrorCode.PERMISSION_DENIED, AuthorizationMessages.FORBIDDEN);
        }
        return ApiErrors.response(ErrorCode.UNAUTHORIZED, AuthorizationMessages.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
