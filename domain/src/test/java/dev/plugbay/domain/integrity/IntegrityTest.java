package dev.plugbay.domain.integrity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.IntegrityMismatchException;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.integrity.Integrity.Algorithm;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IntegrityTest {

    private static final byte[] ENTRY_FILE = "export default function onRequest() {}\n".getBytes(StandardCharsets.UTF_8);
    private static final String SHA256_OF_NOTHING = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void everyAlgorithmRoundTripsThroughItsText(Algorithm algorithm) {
        Integrity computed = Integrity.of(algorithm, ENTRY_FILE);
        Integrity parsed = Integrity.parse(computed.toString());
        assertAll(
                () -> assertEquals(computed, parsed),
                () -> assertTrue(computed.toString().startsWith(algorithm.prefix() + "-")),
                () -> assertTrue(parsed.matches(ENTRY_FILE)),
                () -> assertDoesNotThrow(() -> parsed.verify(ENTRY_FILE)));
    }

    @ParameterizedTest
    @CsvSource({
        "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=, SHA256",
        "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb, SHA384",
        "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==, SHA512",
    })
    void matchesKnownDigestsOfTheEmptyFile(String sri, Algorithm algorithm) {
        Integrity pin = Integrity.parse(sri);
        assertAll(
                () -> assertEquals(algorithm, pin.algorithm()),
                () -> assertEquals(sri, pin.toString()),
                () -> assertEquals(pin, Integrity.of(algorithm, new byte[0])),
                () -> assertTrue(pin.matches(new byte[0])));
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void aOneByteChangeFailsTheMatchAndTheVerification(Algorithm algorithm) {
        Integrity pin = Integrity.of(algorithm, ENTRY_FILE);
        byte[] tampered = Arrays.copyOf(ENTRY_FILE, ENTRY_FILE.length);
        tampered[tampered.length - 1] ^= 1;

        IntegrityMismatchException mismatch = assertThrows(IntegrityMismatchException.class, () -> pin.verify(tampered));
        assertAll(
                () -> assertFalse(pin.matches(tampered)),
                () -> assertEquals(ErrorCode.INTEGRITY_MISMATCH, mismatch.code()),
                () -> assertEquals("Integrity mismatch: expected " + pin + ", got " + Integrity.of(algorithm, tampered),
                        mismatch.getMessage()));
    }

    @Test
    void aLongerFileDoesNotMatch() {
        byte[] longer = Arrays.copyOf(ENTRY_FILE, ENTRY_FILE.length + 1);
        assertFalse(Integrity.of(Algorithm.SHA384, ENTRY_FILE).matches(longer));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {
        "md5-1B2M2Y8AsgTpgAmY7PhCfg== ; unsupported algorithm 'md5', expected one of sha256, sha384, sha512",
        "sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk= ; unsupported algorithm 'sha1', expected one of sha256, sha384, sha512",
        "sha224-0UoCjCo6K8lHYQK7KII0xBWisB+CjqYqxbPkLw== ; unsupported algorithm 'sha224', expected one of sha256, sha384, sha512",
        "SHA256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU= ; unsupported algorithm 'SHA256', expected one of sha256, sha384, sha512",
        "sha3-256-p//G+L8e12ZRwUdWoGHWYvWA/03kO0n6gtgKS4D4Q0o= ; unsupported algorithm 'sha3', expected one of sha256, sha384, sha512",
        "-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU= ; unsupported algorithm '', expected one of sha256, sha384, sha512",
        "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU= ; expected '<algorithm>-<base64 digest>' with algorithm one of sha256, sha384, sha512",
        "sha256 ; expected '<algorithm>-<base64 digest>' with algorithm one of sha256, sha384, sha512",
        "'' ; expected '<algorithm>-<base64 digest>' with algorithm one of sha256, sha384, sha512",
        "sha256-47DEQpj8HBSa+_TImW+5JCeuQeRkm5NMpJWZG3hSuFU= ; the digest is not standard base64 (A-Z, a-z, 0-9, '+', '/', '=' padding)",
        "sha256-47DEQpj8HBSa-/TImW+5JCeuQeRkm5NMpJWZG3hSuFU= ; the digest is not standard base64 (A-Z, a-z, 0-9, '+', '/', '=' padding)",
        "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=?ct=application/javascript ; the digest is not standard base64 (A-Z, a-z, 0-9, '+', '/', '=' padding)",
        "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU ; the digest is not canonical padded base64",
        "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFV= ; the digest is not canonical padded base64",
        "sha256- ; a sha256 digest is 32 bytes, this one is 0",
        "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuA== ; a sha256 digest is 32 bytes, this one is 31",
        "sha384-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU= ; a sha384 digest is 48 bytes, this one is 32",
        "sha512-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb ; a sha512 digest is 64 bytes, this one is 48",
    })
    void rejectsMalformedPinsAndUnknownAlgorithmsSayingWhy(String sri, String problem) {
        InvalidRequestException rejection = assertThrows(InvalidRequestException.class, () -> Integrity.parse(sri));
        assertEquals("'" + sri + "' is not a valid integrity pin: " + problem, rejection.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU= sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb'",
        "' sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
        "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n'",
        "'sha256-47DEQpj8HBSa+/TImW+5JCeu QeRkm5NMpJWZG3hSuFU='",
    })
    void rejectsWhitespaceAndListsOfPins(String sri) {
        InvalidRequestException rejection = assertThrows(InvalidRequestException.class, () -> Integrity.parse(sri));
        assertEquals("'" + MessageBounds.quote(sri) + "' is not a valid integrity pin: expected a single pin without whitespace",
                rejection.getMessage());
    }

    @Test
    void theConstructorValidatesLikeParse() {
        InvalidRequestException rejection = assertThrows(InvalidRequestException.class,
                () -> new Integrity(Algorithm.SHA512, SHA256_OF_NOTHING.substring("sha256-".length())));
        assertEquals("'sha512-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' is not a valid integrity pin: "
                + "a sha512 digest is 64 bytes, this one is 32", rejection.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"SHA256, sha256, SHA-256, 32", "SHA384, sha384, SHA-384, 48", "SHA512, sha512, SHA-512, 64"})
    void algorithmsCarryTheirPrefixJdkNameAndDigestLength(Algorithm algorithm, String prefix, String jdkName, int length) {
        assertAll(
                () -> assertEquals(prefix, algorithm.prefix()),
                () -> assertEquals(jdkName, algorithm.jdkName()),
                () -> assertEquals(length, algorithm.digestLength()),
                () -> assertEquals(length,
                        Base64.getDecoder().decode(Integrity.of(algorithm, ENTRY_FILE).digestBase64()).length));
    }

    @Test
    void runtimeVectorThePinOfAnEmptyCommonJsModule() {
        Integrity pin = Integrity.parse("sha256-NasUtKe1l8TLPFaM3fOe4HxVfN1+GfLri4NGfq/XBgk=");

        assertDoesNotThrow(() -> pin.verify("module.exports = {}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDigestComputedElsewhereIsVerifiedOnlyAgainstAPinOfItsAlgorithm() {
        Integrity pin = Integrity.of(Algorithm.SHA384, ENTRY_FILE);

        assertDoesNotThrow(() -> pin.verify(Integrity.of(Algorithm.SHA384, ENTRY_FILE)));
        assertThrows(IllegalArgumentException.class, () -> pin.verify(Integrity.of(Algorithm.SHA256, ENTRY_FILE)));
    }
}
