package dev.plugbay.adapters.github.outbound.guard;

/**
 * What the pinned client may be asked to reach, and nothing else: a user-supplied URL the guard
 * checked ({@link GuardedUrl}), or an endpoint the operator configured ({@link TrustedEndpoint}).
 * A raw string or URI is neither, so a new caller cannot skip the guard without naming the trust.
 */
public sealed interface OutboundTarget permits GuardedUrl, TrustedEndpoint {

    /** The host and the addresses the connection may use, looked up (and for a guarded URL, checked) before it. */
    Destination destination();
}
