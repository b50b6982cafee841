package dev.plugbay.application.port.in.installation;

import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.catalog.Release;
import java.util.Objects;

/** A caller's installation together with the plugin it installs. */
public record InstalledPlugin(Plugin plugin, Installation installation) {

    public InstalledPlugin {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(installation, "installation");
    }

    /** The release the caller runs (its manifest carries the ui they render). */
    public Release installedRelease() {
        return plugin.release(installation.installedVersion());
    }

    public boolean hasUpdate() {
        return plugin.hasUpdateFor(installation.installedVersion());
    }
}
