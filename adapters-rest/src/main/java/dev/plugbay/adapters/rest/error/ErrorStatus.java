package dev.plugbay.adapters.rest.error;

import dev.plugbay.domain.error.ErrorCode;
import io.micronaut.http.HttpStatus;

/** The one place where an error code becomes an HTTP status (the table of DOMAIN.md). */
public final class ErrorStatus {

    private ErrorStatus() {
    }

    public static HttpStatus of(ErrorCode code) {
        return switch (code) {
            case INVALID_REQUEST, INVALID_MANIFEST, INVALID_STAC, INVALID_CONFIG, URL_NOT_ALLOWED,
                    INTEGRITY_MISMATCH, INVALID_PACKAGE -> HttpStatus.BAD_REQUEST;
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case PERMISSION_DENIED, LOCAL_ONLY -> HttpStatus.FORBIDDEN;
            case PLUGIN_NOT_FOUND, ROUTE_NOT_FOUND, ACTION_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
            // A transition the lifecycle forbids conflicts with the installation's current state.
            case ALREADY_INSTALLED, ALREADY_EXISTS, VERSION_CONFLICT, ILLEGAL_TRANSITION, PLUGIN_INACTIVE,
                    ENFORCEMENT_UNAVAILABLE -> HttpStatus.CONFLICT;
            case PAYLOAD_TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case URI_TOO_LONG -> HttpStatus.REQUEST_URI_TOO_LONG;
            case HEADERS_TOO_LARGE -> HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UPSTREAM_UNAVAILABLE, PLUGIN_ERROR -> HttpStatus.BAD_GATEWAY;
            case PLUGIN_UNAVAILABLE, OVERLOADED -> HttpStatus.SERVICE_UNAVAILABLE;
            case PLUGIN_TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
