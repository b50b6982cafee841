package dev.plugbay.adapters.host.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The Node host script that ships in the jar, written to {@code <plugbay.home>/runtime/} read-only
 * (mode 444) under a name that carries its digest, so one script version is written once and a
 * file changed on disk is put back. Scripts of other versions are removed.
 */
final class HostScript {

    static final String RESOURCE = "plugbay-host.mjs";
    private static final String PREFIX = "plugbay-host-";
    private static final String READ_ONLY = "r--r--r--";

    private HostScript() {
    }

    /** The real path of the installed script. */
    static Path install(Path runtimeFolder) {
        byte[] script = bundled();
        Path target = runtimeFolder.resolve(PREFIX + HexFormat.of().formatHex(sha256(script), 0, 8) + ".mjs");
        try {
            Files.createDirectories(runtimeFolder);
            if (!intact(target, script)) {
                Path written = Files.createTempFile(runtimeFolder, ".plugbay-host", ".tmp");
                Files.write(written, script);
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString(READ_ONLY));
                Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            removeOthers(runtimeFolder, target);
            return target.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("The Node host script cannot be written to " + runtimeFolder, e);
        }
    }

    private static boolean intact(Path target, byte[] script) throws IOException {
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && PosixFilePermissions.toString(Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)).equals(READ_ONLY)
                && Arrays.equals(Files.readAllBytes(target), script);
    }

    private static void removeOthers(Path runtimeFolder, Path kept) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runtimeFolder, PREFIX + "*.mjs")) {
            for (Path entry : entries) {
                if (!entry.equals(kept)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    private static byte[] bundled() {
        try (InputStream in = HostScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The Node host script " + RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
