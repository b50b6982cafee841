package dev.plugbay.adapters.host.archive;

import dev.plugbay.domain.error.InvalidManifestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the plugin is in an extracted archive (HOST.md "One-click install" step 6): the top level
 * when it holds {@code plugin.json}, else the only top-level entry when that is a folder holding one,
 * as npm's {@code package/} folder does.
 */
final class PluginRoot {

    static final String MANIFEST = "plugin.json";

    private PluginRoot() {
    }

    static Path find(Path top) {
        if (holdsManifest(top)) {
            return top;
        }
        List<Path> entries = list(top);
        if (entries.size() == 1 && Files.isDirectory(entries.get(0), LinkOption.NOFOLLOW_LINKS) && holdsManifest(entries.get(0))) {
            return entries.get(0);
        }
        throw new InvalidManifestException("No plugin.json at the top of the archive or in its only top-level folder", List.of());
    }

    private static boolean holdsManifest(Path folder) {
        return Files.isRegularFile(folder.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS);
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
