package dev.plugbay.bootstrap.host;

import dev.plugbay.domain.integrity.ArchiveDigest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What the plugins root of a home holds, to compare before and after a refused install. */
final class PluginsRoot {

    private PluginsRoot() {
    }

    /** Every path under {@code <home>/plugins}, sorted; folders end with {@code /}, files carry their content's SHA-256. */
    static List<String> tree(Path home) {
        Path root = home.resolve("plugins");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> !path.equals(root)).map(path -> describe(root, path)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Path root, Path path) {
        String relative = root.relativize(path).toString();
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return relative + "/";
        }
        try {
            return relative + " " + ArchiveDigest.of(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
