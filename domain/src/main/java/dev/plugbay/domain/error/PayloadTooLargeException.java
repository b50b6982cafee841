package dev.plugbay.domain.error;

/** A body or fetched document is over its size limit. */
public final class PayloadTooLargeException extends DomainException {

    public PayloadTooLargeException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PAYLOAD_TOO_LARGE;
    }
}
