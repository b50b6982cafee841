package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.plugin.PluginId;

/** HOST.md "Lifecycle", deactivate: onDeactivate to the running process, which is stopped; a scheduled restart is cancelled. */
public interface DeactivateHostPluginUseCase {

    HostPluginView deactivate(PluginId name);
}
