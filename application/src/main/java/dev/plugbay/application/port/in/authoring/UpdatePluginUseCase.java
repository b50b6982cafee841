package dev.plugbay.application.port.in.authoring;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;

/**
 * Publish a new immutable release of a plugin (its author or an admin), with a version strictly
 * greater than every release it has.
 */
public interface UpdatePluginUseCase {

    AuthoringResult update(Caller caller, PluginId id, JsonObject manifest);
}
