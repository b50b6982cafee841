package dev.plugbay.domain.error;

/** Enforcement is required and a withheld permission cannot be enforced on this machine. */
public final class EnforcementUnavailableException extends DomainException {

    public EnforcementUnavailableException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.ENFORCEMENT_UNAVAILABLE;
    }
}
