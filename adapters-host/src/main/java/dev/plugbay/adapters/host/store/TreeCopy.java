package dev.plugbay.adapters.host.store;

import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.domain.error.InvalidPackageException;
import dev.plugbay.domain.error.PayloadTooLargeException;
import dev.plugbay.domain.host.TreeLink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies a plugin's source tree into an empty staging folder under HOST.md "Local install" step 4:
 * never following links, each file opened without following links, caps raised as soon as they are
 * crossed, links kept only when they resolve inside the tree (their relative target recreated as is, then
 * resolved again on the copy), modes normalized.
 */
final class TreeCopy {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> PLAIN = PosixFilePermissions.fromString("rw-r--r--");
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path source;
    private final Path staging;
    private final PackageLimits limits;
    private final List<String> links = new ArrayList<>();
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int entries;
    private long bytes;

    private TreeCopy(Path source, Path staging, PackageLimits limits) {
        this.source = source;
        this.staging = staging;
        this.limits = limits;
    }

    /** Copies the tree at {@code source} (a real path) into {@code staging} (an existing empty folder). */
    static void copy(Path source, Path staging, PackageLimits limits) {
        TreeCopy copy = new TreeCopy(source, staging, limits);
        try {
            copy.folder("", 0);
            copy.checkLinksResolveInside();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private void folder(String relative, int depth) throws IOException {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(source.resolve(relative))) {
            children.forEach(child -> names.add(child.getFileName().toString()));
        }
        for (String name : names) {
            String path = relative.isEmpty() ? name : relative + "/" + name;
            entry(path, depth);
        }
    }

    private void entry(String path, int depth) throws IOException {
        requireName(path);
        if (++entries > limits.maxFiles()) {
            throw new PayloadTooLargeException("The plugin holds more than " + limits.maxFiles()
                    + " entries (plugbay.plugins.max-files)");
        }
        Path from = source.resolve(path);
        Path to = staging.resolve(path);
        PosixFileAttributes attributes = Files.readAttributes(from, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
            if (depth + 1 > limits.maxDepth()) {
                throw new PayloadTooLargeException("'" + path + "' is nested deeper than " + limits.maxDepth()
                        + " folder levels (plugbay.plugins.max-depth)");
            }
            Files.createDirectory(to);
            folder(path, depth + 1);
            Files.setPosixFilePermissions(to, FOLDER);
        } else if (attributes.isSymbolicLink()) {
            link(path, from, to);
        } else if (attributes.isRegularFile()) {
            file(path, from, to, attributes.permissions().contains(PosixFilePermission.OWNER_EXECUTE));
        } else {
            throw new InvalidPackageException("The plugin holds a special file (device, fifo or socket): '" + path + "'");
        }
    }

    private void requireName(String path) {
        if (path.getBytes(StandardCharsets.UTF_8).length > PackageLimits.MAX_PATH_BYTES) {
            throw new PayloadTooLargeException("A path in the plugin is longer than " + PackageLimits.MAX_PATH_BYTES
                    + " bytes: '" + path.substring(0, 100) + "...'");
        }
        if (path.indexOf('\uFFFD') >= 0 || path.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidPackageException("The name '" + path.replaceAll("\\p{Cntrl}", "?")
                    + "' is not valid UTF-8 or holds control characters");
        }
    }

    private void link(String path, Path from, Path to) throws IOException {
        String target = Files.readSymbolicLink(from).toString();
        String inside = TreeLink.resolveInside(path, target)
                .orElseThrow(() -> new InvalidPackageException("The link '" + path + "' leaves the plugin folder"));
        if (!Files.exists(source.resolve(inside), LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidPackageException("The link '" + path + "' points to nothing");
        }
        Files.createSymbolicLink(to, Path.of(target));
        links.add(path);
    }

    private void file(String path, Path from, Path to, boolean executable) throws IOException {
        try (InputStream in = Files.newInputStream(from, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                bytes += read;
                if (bytes > limits.maxBytes()) {
                    throw new PayloadTooLargeException("The plugin's files are larger than " + limits.maxBytes()
                            + " bytes (plugbay.plugins.max-bytes)");
                }
                out.write(buffer, 0, read);
            }
        }
        Files.setPosixFilePermissions(to, executable ? EXECUTABLE : PLAIN);
    }

    /** A chain of links that each stay inside can still leave it (a link to a folder link, then {@code ..}). */
    private void checkLinksResolveInside() throws IOException {
        Path root = staging.toRealPath();
        for (String path : links) {
            Path real;
            try {
                real = staging.resolve(path).toRealPath();
            } catch (IOException dangling) {
                throw new InvalidPackageException("The link '" + path + "' points to nothing");
            }
            if (!real.startsWith(root)) {
                throw new InvalidPackageException("The link '" + path + "' leaves the plugin folder");
            }
        }
    }
}
