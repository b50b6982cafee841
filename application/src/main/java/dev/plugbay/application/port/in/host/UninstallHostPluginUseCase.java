package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.plugin.PluginId;
import java.util.List;

/** HOST.md "Lifecycle", uninstall: the last hooks, then the plugin's files, data, record and logs go. */
public interface UninstallHostPluginUseCase {

    /** The warnings: hooks that failed on the way out. */
    List<String> uninstall(PluginId name);
}
