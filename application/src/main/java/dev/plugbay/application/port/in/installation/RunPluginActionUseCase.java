package dev.plugbay.application.port.in.installation;

import dev.plugbay.domain.json.JsonValue;

/** RUNTIME.md "Action bridge": a marketplace user's STAC action runs on the server, in the plugin's code. */
public interface RunPluginActionUseCase {

    /**
     * Checks, in order, the caller's installation (404 {@code PLUGIN_NOT_FOUND}), that it is active
     * (409 {@code PLUGIN_INACTIVE}), that its release names the method in a server action and declares
     * onAction (404 {@code ACTION_NOT_FOUND}), then calls the plugin's onAction on this host; answers
     * the plugin's result. The caller's token never reaches the plugin.
     */
    JsonValue run(ActionCall call);
}
