package dev.plugbay.domain.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageBoundsTest {

    @Test
    void aShortQuoteIsKeptAndALongOneIsCutToAHundredCharactersAndAnEllipsis() {
        assertEquals("x".repeat(100), MessageBounds.quote("x".repeat(100)));
        assertEquals("x".repeat(100) + "…", MessageBounds.quote("x".repeat(101)));
        assertEquals("x".repeat(100) + "…", MessageBounds.quote("x".repeat(1_000_000)));
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String clefs = "\uD834\uDD1E".repeat(60);

        String quote = MessageBounds.quote(clefs);

        assertEquals("\uD834\uDD1E".repeat(50) + "…", quote);
        assertEquals("x" + "\uD834\uDD1E".repeat(49) + "…", MessageBounds.quote("x" + clefs));
        assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(MessageBounds.cut("x" + clefs, 50)));
    }

    @Test
    void atMostKeepsAShortTextAndCutsALongOneWithoutEllipsisOrASplitLetter() {
        assertEquals("short", MessageBounds.atMost("short", 500));
        assertEquals("e".repeat(500), MessageBounds.atMost("e".repeat(800), 500));
        assertEquals("a".repeat(499), MessageBounds.atMost("a".repeat(499) + "\uD83D\uDE00tail", 500));
    }

    @Test
    void aCutTextHasAtMostTheGivenLengthAndCuttingAgainChangesNothing() {
        String cut = MessageBounds.cut("y".repeat(5_000), 300);

        assertEquals(300, cut.length());
        assertTrue(cut.endsWith("…"));
        assertSame(cut, MessageBounds.cut(cut, 300));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, 0",
        "0.25, 0.25",
        "-12.5, -12.5",
        "1e3, 1000",
        "123456789012345678901234567890, 123456789012345678901234567890",
        "1234567890123456789012345678901, 1234567890123456789012345678901",
        "1.5e40, 1.5E+40",
        "1e10000000, 1E+10000000",
        "1e-999999999, 1E-999999999",
        "1e-50, 1E-50"})
    void numbersArePlainWhenShortAndInENotationOtherwise(String number, String shown) {
        assertEquals(shown, MessageBounds.number(new BigDecimal(number)));
    }

    @Test
    void aNumberWithManyDigitsIsCutLikeAQuote() {
        String shown = MessageBounds.number(new BigDecimal("9".repeat(500) + "e2000"));

        assertEquals(101, shown.length());
        assertTrue(shown.startsWith("9.999") && shown.endsWith("…"), shown);
    }

    @Test
    void aViolationCutsItsLocationAndMessage() {
        Violation violation = Violation.at("/" + "p".repeat(5_000), "m".repeat(5_000));

        assertEquals(MessageBounds.MAX_LOCATION_LENGTH, violation.pointer().length());
        assertEquals(MessageBounds.MAX_MESSAGE_LENGTH, violation.message().length());
        assertEquals(MessageBounds.MAX_LOCATION_LENGTH, Violation.ofField("f".repeat(5_000), "m").field().length());
    }

    @Test
    void aListWithinTheBoundsIsKeptWhole() {
        List<Violation> violations = numbered(MessageBounds.MAX_VIOLATIONS);

        assertEquals(violations, MessageBounds.violations(violations));
    }

    @Test
    void aLongListKeepsAHundredEntriesAndOneSayingHowManyMoreThereWere() {
        List<Violation> shown = MessageBounds.violations(numbered(5_000));

        assertEquals(101, shown.size());
        assertEquals(numbered(100), shown.subList(0, 100));
        assertEquals(Violation.at("", "… and 4900 more problems not listed"), shown.get(100));
    }

    @Test
    void largeEntriesAreCutByTheirJsonSize() {
        // Control characters are six bytes each in JSON: a thousand-character pointer of them is 6 KB.
        Violation heavy = Violation.at("/" + "\u0001".repeat(2_000), "m".repeat(2_000));
        List<Violation> shown = MessageBounds.violations(Collections.nCopies(50, heavy));

        long bytes = shown.stream()
                .mapToLong(violation -> MessageBounds.jsonBytes(violation.location()) + MessageBounds.jsonBytes(violation.message()))
                .sum();
        assertTrue(bytes < MessageBounds.MAX_VIOLATIONS_JSON_BYTES + 200, bytes + " bytes");
        assertEquals(Violation.at("", "… and " + (51 - shown.size()) + " more problems not listed"), shown.get(shown.size() - 1));
    }

    @Test
    void jsonBytesCountEscapesAndUtf8() {
        assertEquals(2 + 1 + 2 + 6 + 2 + 3 + 4, MessageBounds.jsonBytes("a\"\u0001é€\uD834\uDD1E"));
    }

    @Test
    void aDomainExceptionIsBoundedWhateverItIsBuiltFrom() {
        InvalidStacException failure = new InvalidStacException("Invalid STAC ui", numbered(1_000).stream()
                .map(violation -> Violation.at("/" + "k".repeat(100_000), "Unknown widget type: " + "t".repeat(100_000)))
                .toList());

        assertTrue(failure.getMessage().length() <= MessageBounds.MAX_MESSAGE_LENGTH, failure.getMessage());
        assertTrue(failure.getMessage().endsWith("(and 999 more)"), failure.getMessage());
        assertTrue(failure.violations().size() <= MessageBounds.MAX_VIOLATIONS + 1);
        assertTrue(new InvalidRequestException("q".repeat(1_000_000)).getMessage().length() <= MessageBounds.MAX_MESSAGE_LENGTH);
    }

    private static List<Violation> numbered(int count) {
        return IntStream.range(0, count).mapToObj(i -> Violation.at("/children/" + i, "Unknown widget type: w" + i)).toList();
    }
}
