package dev.plugbay.domain.error;

/** The caller's installation of the plugin is not active. */
public final class PluginInactiveException extends DomainException {

    public PluginInactiveException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PLUGIN_INACTIVE;
    }
}
