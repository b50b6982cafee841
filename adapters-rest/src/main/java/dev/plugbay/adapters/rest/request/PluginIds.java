package dev.plugbay.adapters.rest.request;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.plugin.PluginId;

/** Plugin ids named by a caller (in a path or a body): text that cannot be an id names no plugin. */
public final class PluginIds {

    private PluginIds() {
    }

    public static PluginId named(String value) {
        try {
            return new PluginId(value);
        } catch (InvalidRequestException notAnId) {
            throw new PluginNotFoundException("No plugin has this id");
        }
    }
}
