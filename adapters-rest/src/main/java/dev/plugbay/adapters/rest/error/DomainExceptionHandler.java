package dev.plugbay.adapters.rest.error;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.PluginUnavailableException;
import dev.plugbay.domain.error.RateLimitedException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A use case's failure: its code decides the status, its message and violations are safe to show. */
@Singleton
final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, DomainException exception) {
        MutableHttpResponse<ErrorResponse> response =
                ApiErrors.response(exception.code(), exception.getMessage(), Problem.of(exception.violations()));
        if (exception instanceof PluginUnavailableException unavailable) {
            unavailable.retryAfterSeconds().ifPresent(seconds ->
                    response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds))));
        }
        if (exception instanceof RateLimitedException limited) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, limited.retryAfterSeconds())));
        }
        return response;
    }
}
