package dev.plugbay.domain.error;

/** An entry file's bytes do not match the integrity pin. */
public final class IntegrityMismatchException extends DomainException {

    public IntegrityMismatchException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.INTEGRITY_MISMATCH;
    }
}
