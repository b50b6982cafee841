package dev.plugbay.domain.integrity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.IntegrityMismatchException;
import dev.plugbay.domain.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveDigestTest {

    private static final byte[] ARCHIVE = "abc".getBytes(StandardCharsets.US_ASCII);
    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void theDigestOfBytesIsTheirSha256InLowerCaseHex() {
        assertEquals(SHA256_OF_ABC, ArchiveDigest.of(ARCHIVE).hex());
    }

    @Test
    void upperCaseIsReadAndAnsweredInLowerCase() {
        assertEquals(new ArchiveDigest(SHA256_OF_ABC), ArchiveDigest.parse(SHA256_OF_ABC.toUpperCase()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "g000000000000000000000000000000000000000000000000000000000000000", "000000000000000000000000000000000000000000000000000000000000000000", " 000000000000000000000000000000000000000000000000000000000000000"})
    void anythingButSixtyFourHexDigitsIsRefused(String text) {
        assertThrows(InvalidRequestException.class, () -> ArchiveDigest.parse(text));
    }

    @Test
    void verifyPassesMatchingBytesAndRefusesOthersAsAnIntegrityMismatch() {
        ArchiveDigest digest = ArchiveDigest.parse(SHA256_OF_ABC);

        assertDoesNotThrow(() -> digest.verify(ARCHIVE));
        IntegrityMismatchException mismatch = assertThrows(IntegrityMismatchException.class,
                () -> digest.verify("abd".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(mismatch.getMessage().startsWith("The archive does not match its sha256: expected " + SHA256_OF_ABC), mismatch.getMessage());
    }
}
