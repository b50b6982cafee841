package dev.plugbay.domain.error;

import java.util.List;

/** A request value is missing, malformed or of the wrong type. */
public final class InvalidRequestException extends DomainException {

    public InvalidRequestException(String message) {
        super(message);
    }

    /** A refusal that names the request field(s) at fault ({@code details[].field}). */
    public InvalidRequestException(String message, List<Violation> violations) {
        super(message, violations);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.INVALID_REQUEST;
    }
}
