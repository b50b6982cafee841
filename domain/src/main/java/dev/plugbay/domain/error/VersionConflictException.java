package dev.plugbay.domain.error;

/** A version that is not strictly newer, or a release that was already published. */
public final class VersionConflictException extends DomainException {

    public VersionConflictException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.VERSION_CONFLICT;
    }
}
