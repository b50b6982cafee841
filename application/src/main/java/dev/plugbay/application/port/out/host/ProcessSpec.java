package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.manifest.Permission;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a plugin process is started from: the plugin's managed folder, its data folder (its
 * {@code HOME}), the entry file inside the folder, the permissions it holds and its integrity pin.
 */
public record ProcessSpec(
        PluginId name,
        SemanticVersion version,
        Path pluginDir,
        Path dataDir,
        EntryPath main,
        Set<Permission> permissions,
        Optional<Integrity> integrity) {

    public ProcessSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(pluginDir, "pluginDir");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(main, "main");
        permissions = Set.copyOf(permissions);
        Objects.requireNonNull(integrity, "integrity");
    }
}
