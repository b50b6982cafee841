package dev.plugbay.domain.error;

/** The plugin declares no such server-side action. */
public final class ActionNotFoundException extends DomainException {

    public ActionNotFoundException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.ACTION_NOT_FOUND;
    }
}
