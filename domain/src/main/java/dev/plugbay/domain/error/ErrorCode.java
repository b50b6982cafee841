package dev.plugbay.domain.error;

/**
 * The stable error codes of DOMAIN.md. Each failure carries exactly one; the REST adapter maps
 * each code to its HTTP status in one place.
 */
public enum ErrorCode {
    INVALID_REQUEST,
    INVALID_MANIFEST,
    INVALID_STAC,
    INVALID_CONFIG,
    URL_NOT_ALLOWED,
    INTEGRITY_MISMATCH,
    UNAUTHORIZED,
    PERMISSION_DENIED,
    LOCAL_ONLY,
    PLUGIN_NOT_FOUND,
    ALREADY_INSTALLED,
    ALREADY_EXISTS,
    VERSION_CONFLICT,
    /** A lifecycle transition the state machine does not allow (for example deactivating an inactive plugin). */
    ILLEGAL_TRANSITION,
    PAYLOAD_TOO_LARGE,
    /** The request's URL is longer than the server reads (HTTP 414): only the transport answers it. */
    URI_TOO_LONG,
    /** The request's header section is larger than the server reads (HTTP 431): only the transport answers it. */
    HEADERS_TOO_LARGE,
    /** A plugin's files (local tree or archive) are unsupported, corrupt or unsafe. */
    INVALID_PACKAGE,
    ACTION_NOT_FOUND,
    PLUGIN_INACTIVE,
    ENFORCEMENT_UNAVAILABLE,
    PLUGIN_ERROR,
    PLUGIN_UNAVAILABLE,
    PLUGIN_TIMEOUT,
    ROUTE_NOT_FOUND,
    METHOD_NOT_ALLOWED,
    UNSUPPORTED_MEDIA_TYPE,
    RATE_LIMITED,
    /** The server is answering as many requests as it admits at once; the client retries later (HTTP 503). */
    OVERLOADED,
    UPSTREAM_UNAVAILABLE,
    INTERNAL_ERROR
}
