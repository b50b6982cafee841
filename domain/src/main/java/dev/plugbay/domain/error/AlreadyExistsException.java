package dev.plugbay.domain.error;

/** A plugin with this id already exists. */
public final class AlreadyExistsException extends DomainException {

    public AlreadyExistsException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.ALREADY_EXISTS;
    }
}
