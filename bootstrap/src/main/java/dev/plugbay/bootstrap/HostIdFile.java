package dev.plugbay.bootstrap;

import dev.plugbay.adapters.persistence.host.HostId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The host id generated for a home without {@code plugbay.host.id}: a random UUID written once to
 * {@code <plugbay.home>/host-id} and read back on every later start, so that a restart of the same
 * home is the same host. A file that holds no host id stops the start, naming the file.
 */
final class HostIdFile {

    static final String NAME = "host-id";

    private HostIdFile() {
    }

    static HostId readOrCreate(Path home) {
        Path file = home.resolve(NAME);
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return HostId.parse(Files.readString(file, StandardCharsets.UTF_8).strip(), "The host id in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the host id file " + file, e);
        }
    }

    /** Written to a temporary file, then linked into place: the file appears complete or not at all, and a concurrent start's wins. */
    private static void create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path pending = Files.createTempFile(directory, NAME, ".tmp");
        try {
            Files.writeString(pending, UUID.randomUUID() + "\n", StandardCharsets.UTF_8);
            Files.createLink(file, pending);
        } catch (FileAlreadyExistsException concurrentStartWon) {
            // keep the existing id
        } finally {
            Files.deleteIfExists(pending);
        }
    }
}
