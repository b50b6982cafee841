package dev.plugbay.application.port.in.authoring;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.user.Caller;

/**
 * Author a new plugin from a manifest document; the author is always the caller. A public plugin
 * is also proposed to the GitHub registry when one is configured: both happen or neither.
 */
public interface CreatePluginUseCase {

    AuthoringResult create(Caller caller, JsonObject manifest);
}
