package dev.plugbay.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary folders for test servers (their homes, registry folders), removed when the test JVM
 * ends. A test property provider must name a home before JUnit's {@code @TempDir} exists, so the
 * folders it makes would otherwise stay in the temporary directory after the build.
 */
public final class TemporaryFolders {

    private static final Set<Path> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(TemporaryFolders::delete)));
    }

    private TemporaryFolders() {
    }

    /** A new empty folder in the temporary directory, deleted with everything in it when the JVM ends. */
    public static Path create(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            CREATED.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // the JVM is ending: what cannot be deleted now stays for the system to clean
        }
    }
}
