package dev.plugbay.adapters.host.testing;

import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.manifest.Permission;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes plugin folders for the tests: {@code <root>/plugins/<name>/...} with data folders in {@code <root>/plugin-data/<name>}. */
public final class PluginFolders {

    private final Path root;

    public PluginFolders(Path root) {
        this.root = root;
    }

    public Path folder(String name) {
        return root.resolve("plugins").resolve(name);
    }

    /** A plugin whose entry file {@code main} holds {@code entry}; more files may be given by relative path. */
    public ProcessSpec plugin(String name, String main, String entry, Set<Permission> permissions, Map<String, String> moreFiles) {
        try {
            Path folder = Files.createDirectories(folder(name));
            for (Map.Entry<String, String> file : moreFiles.entrySet()) {
                Files.createDirectories(folder.resolve(file.getKey()).getParent());
                Files.writeString(folder.resolve(file.getKey()), file.getValue());
            }
            Path entryFile = folder.resolve(main);
            Files.createDirectories(entryFile.getParent());
            Files.writeString(entryFile, entry);
            return spec(name, main, permissions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ProcessSpec plugin(String name, String main, String entry, Set<Permission> permissions) {
        return plugin(name, main, entry, permissions, Map.of());
    }

    /** A plugin run directly: its entry file is made executable (755). */
    public ProcessSpec executable(String name, String main, String entry, Set<Permission> permissions) {
        ProcessSpec spec = plugin(name, main, entry, permissions);
        try {
            Files.setPosixFilePermissions(folder(name).resolve(main), PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spec;
    }

    /** One of OmniRoute's example plugins from the test resources ({@code omniroute/<name>}), entry {@code index.mjs}. */
    public ProcessSpec omniroute(String name) {
        try {
            Path folder = Files.createDirectories(folder(name));
            for (String file : new String[] {"plugin.json", "index.mjs"}) {
                try (InputStream in = PluginFolders.class.getResourceAsStream("/omniroute/" + name + "/" + file)) {
                    Files.copy(in, folder.resolve(file));
                }
            }
            return spec(name, "index.mjs", Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ProcessSpec spec(String name, String main, Set<Permission> permissions) {
        return new ProcessSpec(new PluginId(name), SemanticVersion.parse("1.0.0"), folder(name),
                root.resolve("plugin-data").resolve(name), new EntryPath(main), permissions, Optional.empty());
    }
}
