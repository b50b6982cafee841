package dev.plugbay.domain.error;

/** A lifecycle transition that the installation state machine does not allow. */
public final class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.ILLEGAL_TRANSITION;
    }
}
