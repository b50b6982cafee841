package dev.plugbay.adapters.rest.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Finds the signing key: the configured secret, else the one kept in {@code <plugbay.home>/jwt-secret},
 * generated on first use. There is deliberately no built-in default.
 */
public final class JwtSecretResolver {

    public static final String SECRET_FILE_NAME = "jwt-secret";
    private static final int GENERATED_SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JwtSecretResolver() {
    }

    public static JwtSigningKey resolve(JwtSettings settings) {
        if (settings.configuredSecret().isPresent()) {
            return JwtSigningKey.fromSecret(settings.configuredSecret().get(), JwtSettings.SECRET_PROPERTY);
        }
        Path secretFile = settings.home().resolve(SECRET_FILE_NAME);
        try {
            if (Files.notExists(secretFile)) {
                createSecretFile(secretFile);
            }
            return JwtSigningKey.fromSecret(Files.readString(secretFile, StandardCharsets.UTF_8).strip(),
                    "The secret in " + secretFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the JWT secret file " + secretFile, e);
        }
    }

    /**
     * Writes a fresh secret to a private temporary file, then links it into place. The link either
     * appears complete with mode 600 or not at all, and never replaces a secret that a concurrent
     * start created first: that one wins and is read back.
     */
    private static void createSecretFile(Path secretFile) throws IOException {
        Path directory = secretFile.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path pending = Files.createTempFile(directory, SECRET_FILE_NAME, ".tmp", ownerOnly());
        try {
            Files.writeString(pending, generateSecret(), StandardCharsets.UTF_8);
            Files.createLink(secretFile, pending);
        } catch (FileAlreadyExistsException concurrentStartWon) {
            // keep the existing secret
        } finally {
            Files.deleteIfExists(pending);
        }
    }

    /** 256 random bits, Base64url-encoded so that the text can be moved into {@code plugbay.jwt.secret} as is. */
    private static String generateSecret() {
        byte[] random = new byte[GENERATED_SECRET_BYTES];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }
}
