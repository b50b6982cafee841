package dev.plugbay.contracts.testing;

import dev.plugbay.domain.testing.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shared fixtures as files, for adapters that read them from a directory. */
public final class FixtureFiles {

    private FixtureFiles() {
    }

    /** Copies the fixture folder (e.g. {@code registry}) to {@code target}, which it creates, and returns {@code target}. */
    public static Path copy(String folder, Path target) {
        Path fixture = JsonText.fixtures().resolve(folder);
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(fixture.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
