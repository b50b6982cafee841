package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.plugin.PluginId;

/** HOST.md "Lifecycle", activate: starts the process and delivers onActivate; an active, running plugin is left as it is. */
public interface ActivateHostPluginUseCase {

    HostPluginView activate(PluginId name);
}
