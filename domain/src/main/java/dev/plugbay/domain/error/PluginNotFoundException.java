package dev.plugbay.domain.error;

/** No such plugin, release or installation (as far as the caller may know). */
public final class PluginNotFoundException extends DomainException {

    public PluginNotFoundException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PLUGIN_NOT_FOUND;
    }
}
