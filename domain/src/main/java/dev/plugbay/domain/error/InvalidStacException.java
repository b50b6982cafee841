package dev.plugbay.domain.error;

import java.util.List;

/** A STAC {@code ui} tree breaks one or more rules; each violation carries its JSON Pointer. */
public final class InvalidStacException extends DomainException {

    public InvalidStacException(String what, List<Violation> violations) {
        super(summarize(what, violations), violations);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.INVALID_STAC;
    }
}
