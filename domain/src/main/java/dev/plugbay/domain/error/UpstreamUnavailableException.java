package dev.plugbay.domain.error;

/** GitHub or a remote registry failed, timed out or answered garbage. */
public final class UpstreamUnavailableException extends DomainException {

    public UpstreamUnavailableException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.UPSTREAM_UNAVAILABLE;
    }
}
