package dev.plugbay.domain.error;

/**
 * The stable error codes of DOMAIN.md, HOST.md and RUNTIME.md. Each failure carries exactly one; the
 * REST adapter maps each code to its HTTP status in one place. They come in three groups: the
 * domain's and the host's codes each have their {@link DomainException} subclass and are raised by
 * the rules (in any module); the transport's codes have none, because only the REST adapter answers
 * them, for a request that never reached a use case.
 */
public enum ErrorCode {

    // The domain's codes (DOMAIN.md), one DomainException subclass each.
    INVALID_REQUEST,
    INVALID_MANIFEST,
    INVALID_STAC,
    INVALID_CONFIG,
    URL_NOT_ALLOWED,
    INTEGRITY_MISMATCH,
    PERMISSION_DENIED,
    PLUGIN_NOT_FOUND,
    ALREADY_INSTALLED,
    ALREADY_EXISTS,
    VERSION_CONFLICT,
    /** A lifecycle transition the state machine does not allow (for example deactivating an inactive plugin). */
    ILLEGAL_TRANSITION,
    /** A body too large to read: a request's (also answered by the transport) or an upstream answer's. */
    PAYLOAD_TOO_LARGE,
    /** A remote Plugbay calls (GitHub, a registry, a document's URL) failed or did not answer. */
    UPSTREAM_UNAVAILABLE,

    // The host's and the plugin runtime's codes (HOST.md, RUNTIME.md).
    /** A plugin's files (local tree or archive) are unsupported, corrupt or unsafe. */
    INVALID_PACKAGE,
    ACTION_NOT_FOUND,
    PLUGIN_INACTIVE,
    ENFORCEMENT_UNAVAILABLE,
    PLUGIN_ERROR,
    PLUGIN_UNAVAILABLE,
    PLUGIN_TIMEOUT,
    /** A host route asked from another machine: the REST adapter's loopback filter answers it, so it has no exception. */
    LOCAL_ONLY,

    // The transport's codes: answered by the REST adapter alone (the framework's errors and its
    // filters), before any use case runs, so none has an exception.
    /** No valid bearer token. */
    UNAUTHORIZED,
    ROUTE_NOT_FOUND,
    METHOD_NOT_ALLOWED,
    UNSUPPORTED_MEDIA_TYPE,
    /** The request's URL is longer than the server reads (HTTP 414). */
    URI_TOO_LONG,
    /** The request's header section is larger than the server reads (HTTP 431). */
    HEADERS_TOO_LARGE,
    /** The caller spent its request budget (off by default). */
    RATE_LIMITED,
    /** The server is answering as many requests as it admits at once; the client retries later (HTTP 503). */
    OVERLOADED,
    /** A failure that is Plugbay's own (a bug): the answer names no internals. */
    INTERNAL_ERROR
}
