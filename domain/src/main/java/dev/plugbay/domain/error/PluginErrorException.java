package dev.plugbay.domain.error;

/** The plugin could not run or failed: its folder or entry is missing, it exited, broke the protocol or answered an error. */
public final class PluginErrorException extends DomainException {

    public PluginErrorException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PLUGIN_ERROR;
    }
}
