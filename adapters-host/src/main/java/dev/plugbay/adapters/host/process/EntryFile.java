package dev.plugbay.adapters.host.process;

import dev.plugbay.adapters.host.sandbox.PluginFiles;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.integrity.Integrity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The checks on a plugin's files right before its process starts (RUNTIME.md "Processes",
 * "Integrity"): the folder exists, {@code main} resolves to a regular file strictly inside it,
 * the file matches its pin, and a file run directly is executable by its owner.
 */
final class EntryFile {

    private EntryFile() {
    }

    /** The real paths of the folder and the entry, and the data folder, created (mode 700) when missing. */
    static PluginFiles resolve(ProcessSpec spec) {
        Path folder;
        try {
            folder = spec.pluginDir().toRealPath();
        } catch (IOException missing) {
            throw new PluginErrorException("Plugin folder is missing");
        }
        if (!Files.isDirectory(folder)) {
            throw new PluginErrorException("Plugin folder is missing");
        }
        Path entry;
        try {
            entry = folder.resolve(spec.main().value()).toRealPath();
        } catch (IOException missing) {
            throw new PluginErrorException("entry file not found: " + spec.main());
        }
        if (!entry.startsWith(folder) || entry.equals(folder)) {
            throw new PluginErrorException("main resolves outside the plugin folder");
        }
        if (!Files.isRegularFile(entry)) {
            throw new PluginErrorException("entry file not found: " + spec.main());
        }
        return new PluginFiles(folder, entry, dataFolder(spec.dataDir()));
    }

    /** Throws {@code INTEGRITY_MISMATCH} naming both pins; the file is digested as it streams by. */
    static void verify(Path entry, Integrity pin) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(pin.algorithm().jdkName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides " + pin.algorithm().jdkName(), e);
        }
        try (InputStream in = Files.newInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException unreadable) {
            throw new PluginErrorException("entry file cannot be read");
        }
        pin.verify(new Integrity(pin.algorithm(), Base64.getEncoder().encodeToString(digest.digest())));
    }

    static void requireExecutable(Path entry) {
        try {
            if (!Files.getPosixFilePermissions(entry).contains(PosixFilePermission.OWNER_EXECUTE)) {
                throw new PluginErrorException("entry file is not executable");
            }
        } catch (IOException unreadable) {
            throw new PluginErrorException("entry file is not executable");
        }
    }

    private static Path dataFolder(Path dataDir) {
        try {
            if (!Files.isDirectory(dataDir)) {
                Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return dataDir.toRealPath();
        } catch (NoSuchFileException vanished) {
            throw new PluginErrorException("Plugin data folder is missing");
        } catch (IOException e) {
            throw new UncheckedIOException("The plugin data folder cannot be created", e);
        }
    }
}
