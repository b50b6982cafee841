package dev.plugbay.adapters.host.sandbox;

import java.nio.file.Path;
import java.util.Objects;

/** The real paths one plugin process is started from: its folder, its entry file inside it, and its data folder. */
public record PluginFiles(Path pluginDir, Path entry, Path dataDir) {

    public PluginFiles {
        Objects.requireNonNull(pluginDir, "pluginDir");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(dataDir, "dataDir");
    }
}
