package dev.plugbay.domain.error;

import java.util.OptionalLong;

/**
 * The plugin has no running process (restarting, in a crash loop, not active on the host). When a
 * start is scheduled, {@link #retryAfterSeconds()} says when to try again.
 */
public final class PluginUnavailableException extends DomainException {

    private final OptionalLong retryAfterSeconds;

    public PluginUnavailableException(String message, OptionalLong retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PLUGIN_UNAVAILABLE;
    }
}
