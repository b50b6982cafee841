package dev.plugbay.domain.integrity;

import dev.plugbay.domain.error.IntegrityMismatchException;
import dev.plugbay.domain.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 of a plugin archive, as a marketplace entry states it: 64 hex digits, kept lower case. */
public record ArchiveDigest(String hex) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");

    public ArchiveDigest {
        Objects.requireNonNull(hex, "hex");
        if (!FORMAT.matcher(hex).matches()) {
            throw new InvalidRequestException("A SHA-256 is 64 lower-case hexadecimal digits");
        }
    }

    /** Reads 64 hex digits in either case. */
    public static ArchiveDigest parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != 64) {
            throw new InvalidRequestException("A SHA-256 is 64 hexadecimal digits");
        }
        return new ArchiveDigest(text.toLowerCase(Locale.ROOT));
    }

    public static ArchiveDigest of(byte[] archive) {
        try {
            return new ArchiveDigest(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }

    /** Checks the archive's bytes against this digest (HOST.md "One-click install" step 3). */
    public void verify(byte[] archive) {
        ArchiveDigest actual = of(archive);
        if (!MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII),
                actual.hex.getBytes(StandardCharsets.US_ASCII))) {
            throw new IntegrityMismatchException("The archive does not match its sha256: expected " + hex + ", got " + actual.hex);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
