package dev.plugbay.application.port.in.installation;

import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;

/** Remove the caller's installation ({@code PLUGIN_NOT_FOUND} when they have none). */
public interface UninstallPluginUseCase {

    void uninstall(Caller caller, PluginId pluginId);
}
