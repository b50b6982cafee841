package dev.plugbay.application.port.in.installation;

import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.Objects;
import java.util.Optional;

/** Install a plugin from the catalog: its latest release, or the given version. */
public record InstallCommand(Caller caller, PluginId pluginId, Optional<SemanticVersion> version) {

    public InstallCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(version, "version");
    }
}
