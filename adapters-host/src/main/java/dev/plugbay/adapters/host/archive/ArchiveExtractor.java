package dev.plugbay.adapters.host.archive;

import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.port.out.host.PluginArchives;
import dev.plugbay.domain.error.PayloadTooLargeException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts plugin archives into a staging folder (HOST.md "One-click install" steps 4 to 6), and
 * removes that folder again whenever anything fails, so a refused archive leaves nothing behind.
 */
@Singleton
public final class ArchiveExtractor implements PluginArchives {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveExtractor.class);

    @Override
    public Path extract(byte[] archive, Path staging, PackageLimits limits) {
        requireEmptyFolder(staging);
        try {
            if (archive.length > limits.maxArchiveBytes()) {
                throw new PayloadTooLargeException("The archive is larger than " + limits.maxArchiveBytes()
                        + " bytes (plugbay.plugins.max-archive-bytes)");
            }
            StagingWriter writer = new StagingWriter(staging, limits, archive.length);
            switch (ArchiveFormat.of(archive)) {
                case ZIP -> ZipExtraction.extract(archive, writer, limits.maxFiles());
                case TAR_GZ -> TarGzExtraction.extract(archive, writer);
            }
            return PluginRoot.find(staging);
        } catch (RuntimeException | Error failure) {
            remove(staging, failure);
            throw failure;
        }
    }

    private static void requireEmptyFolder(Path staging) {
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("The staging folder does not exist");
        }
        try (Stream<Path> entries = Files.list(staging)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("The staging folder is not empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the staging folder and everything in it, never following a link. */
    private static void remove(Path staging, Throwable failure) {
        try {
            Files.walkFileTree(staging, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException error) throws IOException {
                    if (error != null) {
                        throw error;
                    }
                    Files.delete(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException cannotDelete) {
            LOG.warn("Could not remove the staging folder {} after a failed extraction", staging, cannotDelete);
            failure.addSuppressed(cannotDelete);
        }
    }
}
