package dev.plugbay.adapters.host.registry;

import dev.plugbay.domain.error.UpstreamUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The files of a registry directory, each named by its path relative to the root. Every operation
 * first checks that the file stays inside the root, symbolic links resolved: a name with
 * {@code ..}, an absolute name, or a link (of the file or of a folder on its way) leading out is
 * refused before any file is touched. Writes go to a temporary file beside the target and are moved
 * over it, so a reader sees the old file or the new one, never half of one.
 */
final class RegistryDirectory {

    private final Path root;

    RegistryDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The file's bytes, empty when it does not exist; {@code UPSTREAM_UNAVAILABLE} when it is larger than {@code maxBytes} or unreadable. */
    Optional<byte[]> read(String name, int maxBytes) {
        Path file = contained(name);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new UpstreamUnavailableException(name + " is larger than " + maxBytes + " bytes");
            }
            return Optional.of(bytes);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException failed) {
            throw unavailable(name, failed);
        }
    }

    void write(String name, byte[] content) {
        Path file = contained(name);
        try {
            Files.createDirectories(file.getParent());
            Path staged = Files.createTempFile(file.getParent(), ".plugbay-", ".json");
            try {
                Files.write(staged, content);
                Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(staged);
            }
        } catch (IOException failed) {
            throw unavailable(name, failed);
        }
    }

    void delete(String name) {
        Path file = contained(name);
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            throw unavailable(name, failed);
        }
    }

    /** Where the file is, as a {@code file:} URL. */
    String url(String name) {
        return contained(name).toUri().toString();
    }

    /**
     * The file's path once it is known to stay inside the root: lexically, and through the real
     * path of the file or of its nearest existing folder. The root must exist.
     */
    private Path contained(String name) {
        Path file = root.resolve(name).normalize();
        if (Path.of(name).isAbsolute() || !file.startsWith(root) || file.equals(root)) {
            throw outside(name);
        }
        try {
            if (!Files.isDirectory(root)) {
                throw new UpstreamUnavailableException("The registry directory is not there any more");
            }
            Path realRoot = root.toRealPath();
            Path existing = file;
            while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (!existing.toRealPath().startsWith(realRoot)) {
                throw outside(name);
            }
            return file;
        } catch (IOException failed) {
            throw unavailable(name, failed);
        }
    }

    private static UpstreamUnavailableException outside(String name) {
        return new UpstreamUnavailableException(name + " leads outside the registry directory");
    }

    private static UpstreamUnavailableException unavailable(String name, IOException failed) {
        // The exception's message would name the absolute path: its type says what happened.
        return new UpstreamUnavailableException(name + " in the registry directory: " + failed.getClass().getSimpleName());
    }
}
