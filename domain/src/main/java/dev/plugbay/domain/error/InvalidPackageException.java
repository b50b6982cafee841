package dev.plugbay.domain.error;

/** A plugin's files (a local tree or an archive) are unsupported, corrupt or unsafe. */
public final class InvalidPackageException extends DomainException {

    public InvalidPackageException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.INVALID_PACKAGE;
    }
}
