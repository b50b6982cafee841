package dev.plugbay.adapters.host.archive;

import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.domain.error.InvalidPackageException;
import dev.plugbay.domain.error.PayloadTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes an archive's entries into the staging folder, one entry at a time, and holds every rule that
 * is about the tree being built: one entry per normalized name, no file where a folder is needed, the
 * caps counted on what is actually created and written, and the modes of a local tree. Files are
 * created new and opened without following links.
 */
final class StagingWriter {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> PLAIN = PosixFilePermissions.fromString("rw-r--r--");
    private static final int BUFFER_BYTES = 64 * 1024;

    private enum Kind { FILE, FOLDER }

    private final Path staging;
    private final PackageLimits limits;
    private final long archiveBytes;
    private final Set<String> named = new HashSet<>();
    private final Map<String, Kind> created = new HashMap<>();
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int entries;
    private long written;

    StagingWriter(Path staging, PackageLimits limits, long archiveBytes) {
        this.staging = staging;
        this.limits = limits;
        this.archiveBytes = archiveBytes;
    }

    /** A folder entry; the top level ({@code ./}) creates nothing. */
    void folder(EntryName name, String rawName) {
        claim(name, rawName);
        if (name.isTop()) {
            return;
        }
        requireDepth(name, name.size(), rawName);
        createParents(name, rawName);
        Kind existing = created.get(name.path());
        if (existing == Kind.FILE) {
            throw fileWhereFolderIsNeeded(rawName);
        }
        if (existing == null) {
            createFolder(name);
        }
    }

    /** A file entry, written from {@code content} to its end. */
    void file(EntryName name, String rawName, InputStream content, boolean executable) {
        if (name.isTop()) {
            throw EntryName.unsafe(rawName, "a file without a name");
        }
        claim(name, rawName);
        requireDepth(name, name.size() - 1, rawName);
        createParents(name, rawName);
        if (created.containsKey(name.path())) {
            throw fileWhereFolderIsNeeded(rawName);
        }
        count();
        Path target = resolve(name);
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            created.put(name.path(), Kind.FILE);
            Files.setPosixFilePermissions(target, executable ? EXECUTABLE : PLAIN);
            copy(content, out, rawName);
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
    }

    private void claim(EntryName name, String rawName) {
        if (!named.add(name.path())) {
            throw EntryName.unsafe(rawName, "a second entry named '" + EntryName.shown(name.path()) + "'");
        }
    }

    private void requireDepth(EntryName name, int folderLevels, String rawName) {
        if (folderLevels > limits.maxDepth()) {
            throw new PayloadTooLargeException("The archive entry '" + EntryName.shown(rawName) + "' is nested deeper than "
                    + limits.maxDepth() + " folder levels (plugbay.plugins.max-depth)");
        }
    }

    private void createParents(EntryName name, String rawName) {
        for (int level = 1; level < name.size(); level++) {
            EntryName parent = name.prefix(level);
            Kind existing = created.get(parent.path());
            if (existing == Kind.FILE) {
                throw fileWhereFolderIsNeeded(rawName);
            }
            if (existing == null) {
                createFolder(parent);
            }
        }
    }

    private void createFolder(EntryName name) {
        count();
        Path folder = resolve(name);
        try {
            Files.createDirectory(folder);
            created.put(name.path(), Kind.FOLDER);
            Files.setPosixFilePermissions(folder, FOLDER);
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(cannotCreate);
        }
    }

    private void count() {
        if (++entries > limits.maxFiles()) {
            throw tooManyEntries(limits.maxFiles());
        }
    }

    static PayloadTooLargeException tooManyEntries(int maxFiles) {
        return new PayloadTooLargeException("The archive holds more than " + maxFiles + " entries (plugbay.plugins.max-files)");
    }

    private void copy(InputStream content, OutputStream out, String rawName) throws IOException {
        while (true) {
            int read;
            try {
                read = content.read(buffer);
            } catch (IOException | RuntimeException unreadable) {
                throw ArchiveFormat.corrupt("'" + EntryName.shown(rawName) + "' cannot be read");
            }
            if (read < 0) {
                return;
            }
            account(read);
            out.write(buffer, 0, read);
        }
    }

    /** Refuses {@code bytes} more before they are written when they would cross a cap. */
    private void account(int bytes) {
        long total = written + bytes;
        if (total > limits.maxBytes()) {
            throw new PayloadTooLargeException("The archive's content is larger than " + limits.maxBytes()
                    + " bytes (plugbay.plugins.max-bytes)");
        }
        if (total > PackageLimits.RATIO_FREE_BYTES && total > limits.maxRatio() * archiveBytes) {
            throw new PayloadTooLargeException("The archive inflates to more than " + limits.maxRatio()
                    + " times its size (plugbay.plugins.max-ratio)");
        }
        written = total;
    }

    private Path resolve(EntryName name) {
        Path path = staging.resolve(name.path()).normalize();
        if (!path.startsWith(staging) || path.equals(staging)) {
            throw new IllegalStateException("a checked entry name resolved outside the staging folder");
        }
        return path;
    }

    private static InvalidPackageException fileWhereFolderIsNeeded(String rawName) {
        return EntryName.unsafe(rawName, "a file where a folder is needed");
    }
}
