package dev.plugbay.adapters.github.outbound.guard;

/**
 * A user-supplied URL that passed every rule of {@link OutboundGuard}: where to connect (the checked
 * addresses only), and the request target (path and query). Only the guard makes one.
 */
public final class GuardedUrl implements OutboundTarget {

    private final Destination destination;
    private final String requestTarget;

    GuardedUrl(Destination destination, String requestTarget) {
        this.destination = destination;
        this.requestTarget = requestTarget;
    }

    @Override
    public Destination destination() {
        return destination;
    }

    public String requestTarget() {
        return requestTarget;
    }
}
