package dev.plugbay.domain.error;

/** The plugin's process was not ready, or did not answer, within its timeout. */
public final class PluginTimeoutException extends DomainException {

    public PluginTimeoutException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PLUGIN_TIMEOUT;
    }
}
