package dev.plugbay.domain.error;

/** The caller already has this plugin installed. */
public final class AlreadyInstalledException extends DomainException {

    public AlreadyInstalledException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.ALREADY_INSTALLED;
    }
}
