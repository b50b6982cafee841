package dev.plugbay.domain.error;

/** A request value is missing, malformed or of the wrong type. */
public final class InvalidRequestException extends DomainException {

    public InvalidRequestException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.INVALID_REQUEST;
    }
}
