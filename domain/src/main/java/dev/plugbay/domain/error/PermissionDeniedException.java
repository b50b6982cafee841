package dev.plugbay.domain.error;

/** The caller is authenticated but not allowed to do this. */
public final class PermissionDeniedException extends DomainException {

    public PermissionDeniedException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PERMISSION_DENIED;
    }
}
