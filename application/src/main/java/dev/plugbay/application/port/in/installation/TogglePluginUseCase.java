package dev.plugbay.application.port.in.installation;

import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;

/**
 * Set whether the caller's installation is active. Setting the state it already has is
 * answered with the unchanged installation.
 */
public interface TogglePluginUseCase {

    Installation toggle(Caller caller, PluginId pluginId, boolean active);
}
