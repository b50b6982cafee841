package dev.plugbay.application.port.out.host;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A plugin's folder as the {@link PluginStore} found or made it: a source folder outside
 * {@code plugbay.home}, a staging copy, or an installed plugin's managed folder.
 *
 * @param path its real path
 */
public record PluginFolder(Path path) {

    public PluginFolder {
        Objects.requireNonNull(path, "path");
    }
}
