package dev.plugbay.domain.error;

import java.util.List;

/** A manifest breaks one or more field rules; every violation is listed. */
public final class InvalidManifestException extends DomainException {

    public InvalidManifestException(String what, List<Violation> violations) {
        super(summarize(what, violations), violations);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.INVALID_MANIFEST;
    }
}
