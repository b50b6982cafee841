package dev.plugbay.adapters.rest.error;

import dev.plugbay.domain.error.ErrorCode;

/**
 * A request refused for its framing before the framework acts on it (its target, its headers, the
 * charset or coding of its body), carried as the HTTP decoder's failure so that the framework answers
 * it with no filter, authentication included, in between. Its message is safe to show.
 */
public final class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public MalformedRequestException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
