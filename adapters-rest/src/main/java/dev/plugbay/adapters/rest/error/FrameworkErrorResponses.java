package dev.plugbay.adapters.rest.error;

import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * What the framework answers by itself (no route, wrong method, wrong media type, body too large,
 * a missing body, an exception nobody handled) in the API's error model. The framework's own
 * message is never shown: it can name classes and internals. An unexpected exception is logged
 * with its stack trace by the framework's route executor; the caller only learns that it happened.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class FrameworkErrorResponses implements ErrorResponseProcessor<ErrorResponse> {

    private static final long BYTES_PER_KIB = 1024;

    private final long maxRequestSize;

    FrameworkErrorResponses(HttpServerConfiguration server) {
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Override
    public MutableHttpResponse<ErrorResponse> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        ErrorCode code = codeOf(response.getStatus());
        @SuppressWarnings("unchecked")
        MutableHttpResponse<ErrorResponse> error = (MutableHttpResponse<ErrorResponse>) response;
        error.status(ErrorStatus.of(code));
        if (context.getRequest().getMethod() != HttpMethod.HEAD) {
            error.contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ErrorResponse(false, messageFor(code), code.name(), List.of()));
        }
        return error;
    }

    private static ErrorCode codeOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> ErrorCode.ROUTE_NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ErrorCode.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case REQUEST_ENTITY_TOO_LARGE -> ErrorCode.PAYLOAD_TOO_LARGE;
            case UNAUTHORIZED -> ErrorCode.UNAUTHORIZED;
            case FORBIDDEN -> ErrorCode.PERMISSION_DENIED;
            case TOO_MANY_REQUESTS -> ErrorCode.RATE_LIMITED;
            default -> status.getCode() < HttpStatus.INTERNAL_SERVER_ERROR.getCode()
                    ? ErrorCode.INVALID_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }

    private String messageFor(ErrorCode code) {
        return switch (code) {
            case ROUTE_NOT_FOUND -> "There is no such route";
            case METHOD_NOT_ALLOWED -> "This route does not accept this method";
            case UNSUPPORTED_MEDIA_TYPE -> "The request body must be application/json";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than " + maxRequestSize / BYTES_PER_KIB + " KiB";
            case UNAUTHORIZED -> AuthorizationMessages.UNAUTHORIZED;
            case PERMISSION_DENIED -> AuthorizationMessages.FORBIDDEN;
            case RATE_LIMITED -> "Too many requests";
            case INTERNAL_ERROR -> "An unexpected error occurred; it has been logged";
            default -> "The request is malformed or misses a required part";
        };
    }
}
