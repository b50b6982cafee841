package dev.plugbay.domain.error;

/** Too many calls to a plugin in its rate-limit window; {@link #retryAfterSeconds()} says when the window closes. */
public final class RateLimitedException extends DomainException {

    private final long retryAfterSeconds;

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.RATE_LIMITED;
    }
}
