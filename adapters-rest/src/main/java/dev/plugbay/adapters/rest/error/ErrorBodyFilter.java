package dev.plugbay.adapters.rest.error;

import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Gives the one error body to a refusal that a framework filter answered with none (the CORS
 * filter's 403 to a foreign {@code Origin} on a loopback {@code Host} is one), so that every failure
 * a client sees is in the error model, whoever produced it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ErrorBodyFilter implements Ordered {

    static final String FOREIGN_ORIGIN = "Requests from this Origin are not allowed";

    private final FrameworkErrors errors;

    ErrorBodyFilter(FrameworkErrors errors) {
        this.errors = errors;
    }

    @ResponseFilter
    void fillEmptyErrorBody(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        if (status.getCode() < HttpStatus.BAD_REQUEST.getCode() || response.getBody().isPresent()
                || request.getMethod() == HttpMethod.HEAD) {
            return;
        }
        ErrorResponse body = status == HttpStatus.FORBIDDEN && request.getHeaders().contains(HttpHeaders.ORIGIN)
                ? ApiErrors.body(ErrorCode.PERMISSION_DENIED, FOREIGN_ORIGIN)
                : errors.bodyFor(status);
        response.contentType(MediaType.APPLICATION_JSON_TYPE);
        response.body(body);
    }

    /** Outside every framework filter, so that their responses pass through here. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
