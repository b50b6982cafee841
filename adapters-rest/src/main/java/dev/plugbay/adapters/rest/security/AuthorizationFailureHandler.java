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
 * why the token was refused. A request that brought a token which was refused (invalid, expired,
 * not yet valid, of another issuer) is told so in one sentence, whatever the reason.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationFailureHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return ApiErrors.response(ErrorCode.PERMISSION_DENIED, AuthorizationMessages.FORBIDDEN);
        }
        String message = request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                ? AuthorizationMessages.INVALID_TOKEN : AuthorizationMessages.UNAUTHORIZED;
        return ApiErrors.response(ErrorCode.UNAUTHORIZED, message)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
