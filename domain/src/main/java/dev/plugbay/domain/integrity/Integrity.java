package dev.plugbay.domain.integrity;

import dev.plugbay.domain.error.IntegrityMismatchException;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.MessageBounds;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Subresource-Integrity pin of an entry file, such as {@code sha384-oqVu...}. Only the SHA-2
 * algorithms are accepted and anything unexpected is refused: a pin that cannot be checked must
 * never pass as one that was.
 *
 * <p>The digest is kept as its base64 text, which the constructor requires to be canonical, so record
 * equality stays meaningful; the bytes are decoded when needed.
 */
public record Integrity(Algorithm algorithm, String digestBase64) {

    public enum Algorithm {
        SHA256("sha256", "SHA-256", 32),
        SHA384("sha384", "SHA-384", 48),
        SHA512("sha512", "SHA-512", 64);

        private final String prefix;
        private final String jdkName;
        private final int digestLength;

        Algorithm(String prefix, String jdkName, int digestLength) {
            this.prefix = prefix;
            this.jdkName = jdkName;
            this.digestLength = digestLength;
        }

        public String prefix() {
            return prefix;
        }

        public String jdkName() {
            return jdkName;
        }

        public int digestLength() {
            return digestLength;
        }

        byte[] digest(byte[] content) {
            try {
                return MessageDigest.getInstance(jdkName).digest(content);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java platform must provide " + jdkName, e);
            }
        }

        private static Optional<Algorithm> withPrefix(String prefix) {
            return Arrays.stream(values()).filter(algorithm -> algorithm.prefix.equals(prefix)).findFirst();
        }
    }

    private static final String SUPPORTED_PREFIXES =
            Arrays.stream(Algorithm.values()).map(Algorithm::prefix).collect(Collectors.joining(", "));

    /**
     * Requires standard, padded base64 of exactly the algorithm's digest length. The text must be the
     * canonical encoding of its bytes (re-encoding gives it back), which rules out missing padding and
     * stray low bits that the JDK decoder would otherwise tolerate.
     */
    public Integrity {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(digestBase64, "digestBase64");
        String pin = sri(algorithm, digestBase64);
        byte[] digest;
        try {
            digest = Base64.getDecoder().decode(digestBase64);
        } catch (IllegalArgumentException notBase64) {
            throw invalid(pin, "the digest is not standard base64 (A-Z, a-z, 0-9, '+', '/', '=' padding)");
        }
        if (!Base64.getEncoder().encodeToString(digest).equals(digestBase64)) {
            throw invalid(pin, "the digest is not canonical padded base64");
        }
        if (digest.length != algorithm.digestLength) {
            throw invalid(pin, "a " + algorithm.prefix + " digest is " + algorithm.digestLength
                    + " bytes, this one is " + digest.length);
        }
    }

    /** Reads one {@code <algorithm>-<base64>} token; options ({@code ?...}) and lists of pins are refused. */
    public static Integrity parse(String sri) {
        Objects.requireNonNull(sri, "sri");
        if (sri.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(sri, "expected a single pin without whitespace");
        }
        int dash = sri.indexOf('-');
        if (dash < 0) {
            throw invalid(sri, "expected '<algorithm>-<base64 digest>' with algorithm one of " + SUPPORTED_PREFIXES);
        }
        String prefix = sri.substring(0, dash);
        Algorithm algorithm = Algorithm.withPrefix(prefix).orElseThrow(() -> invalid(
                sri, "unsupported algorithm '" + prefix + "', expected one of " + SUPPORTED_PREFIXES));
        return new Integrity(algorithm, sri.substring(dash + 1));
    }

    public static Integrity of(Algorithm algorithm, byte[] content) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(content, "content");
        return new Integrity(algorithm, Base64.getEncoder().encodeToString(algorithm.digest(content)));
    }

    /** Compares in constant time, so timing does not reveal how much of a forged digest is right. */
    public boolean matches(byte[] content) {
        Objects.requireNonNull(content, "content");
        return MessageDigest.isEqual(Base64.getDecoder().decode(digestBase64), algorithm.digest(content));
    }

    public void verify(byte[] content) {
        verify(of(algorithm, content));
    }

    /**
     * Throws {@code INTEGRITY_MISMATCH} naming both pins unless {@code actual}, this algorithm's digest
     * of the content (computed by the caller, for example while streaming a file), equals this pin.
     */
    public void verify(Integrity actual) {
        if (actual.algorithm != algorithm) {
            throw new IllegalArgumentException("a " + algorithm.prefix + " pin is verified against a " + algorithm.prefix + " digest");
        }
        Base64.Decoder decoder = Base64.getDecoder();
        if (!MessageDigest.isEqual(decoder.decode(digestBase64), decoder.decode(actual.digestBase64))) {
            throw new IntegrityMismatchException("Integrity mismatch: expected " + this + ", got " + actual);
        }
    }

    /** The SRI text, for example {@code sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=}. */
    @Override
    public String toString() {
        return sri(algorithm, digestBase64);
    }

    private static String sri(Algorithm algorithm, String digestBase64) {
        return algorithm.prefix + "-" + digestBase64;
    }

    private static InvalidRequestException invalid(String pin, String problem) {
        return new InvalidRequestException("'" + MessageBounds.quote(pin) + "' is not a valid integrity pin: " + problem);
    }
}
