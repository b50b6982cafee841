package dev.plugbay.domain.error;

import java.util.List;

/** Config values break their schema; every violation is listed. */
public final class InvalidConfigException extends DomainException {

    public InvalidConfigException(String what, List<Violation> violations) {
        super(summarize(what, violations), violations);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.INVALID_CONFIG;
    }
}
