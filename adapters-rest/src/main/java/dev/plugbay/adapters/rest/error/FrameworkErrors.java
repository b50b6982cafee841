package dev.plugbay.adapters.rest.error;

import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import jakarta.inject.Singleton;

/**
 * The error body for a status the framework decided by itself (no route, wrong method, media type,
 * sizes, a refusal): a code of the table and a sentence saying what is wrong, never the framework's
 * own message, which can name classes and internals.
 */
@Singleton
final class FrameworkErrors {

    private static final long BYTES_PER_KIB = 1024;

    private final long maxRequestSize;
    private final int maxInitialLineLength;
    private final int maxHeaderSize;

    FrameworkErrors(NettyHttpServerConfiguration server) {
        this.maxRequestSize = server.getMaxRequestSize();
        this.maxInitialLineLength = server.getMaxInitialLineLength();
        this.maxHeaderSize = server.getMaxHeaderSize();
    }

    ErrorResponse bodyFor(HttpStatus status) {
        ErrorCode code = codeOf(status);
        return ApiErrors.body(code, messageFor(code));
    }

    static ErrorCode codeOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> ErrorCode.ROUTE_NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ErrorCode.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case REQUEST_ENTITY_TOO_LARGE -> ErrorCode.PAYLOAD_TOO_LARGE;
            case REQUEST_URI_TOO_LONG -> ErrorCode.URI_TOO_LONG;
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> ErrorCode.HEADERS_TOO_LARGE;
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
            case URI_TOO_LONG -> "The request URL is too long: the request line may be at most "
                    + maxInitialLineLength + " bytes";
            case HEADERS_TOO_LARGE -> "The request headers are too large: at most " + maxHeaderSize + " bytes in all";
            case UNAUTHORIZED -> AuthorizationMessages.UNAUTHORIZED;
            case PERMISSION_DENIED -> AuthorizationMessages.FORBIDDEN;
            case RATE_LIMITED -> "Too many requests";
            case INTERNAL_ERROR -> "An unexpected error occurred; it has been logged";
            default -> "The request is malformed or misses a required part";
        };
    }
}
