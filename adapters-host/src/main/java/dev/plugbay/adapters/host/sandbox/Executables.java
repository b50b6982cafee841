package dev.plugbay.adapters.host.sandbox;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a program the way {@code execvp} does: a name with a slash as a path, any other name on {@code PATH}. */
final class Executables {

    private Executables() {
    }

    static Optional<Path> find(String name, String searchPath) {
        try {
            if (name.contains("/")) {
                return executable(Path.of(name).toAbsolutePath());
            }
            if (searchPath == null) {
                return Optional.empty();
            }
            for (String directory : searchPath.split(File.pathSeparator)) {
                Optional<Path> found = directory.isEmpty() ? Optional.empty() : executable(Path.of(directory, name));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        } catch (InvalidPathException unusable) {
            return Optional.empty();
        }
    }

    private static Optional<Path> executable(Path candidate) {
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
