package dev.plugbay.domain.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.MessageBounds;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

    @Test
    void readsEveryKindOfValueKeepingMemberOrder() {
        JsonValue value = JsonReader.parse(" {\"b\": [1, -2.5e3, 0.0], \"a\": {\"t\": true, \"f\": false, \"n\": null},"
                + " \"s\": \"quote \\\" slash \\/ tab \\t snowman \\u2603 clef \\ud834\\udd1e\"}\r\n");

        JsonObject object = (JsonObject) value;
        assertEquals(List.of("b", "a", "s"), List.copyOf(object.members().keySet()));
        assertEquals(JsonArray.of(JsonNumber.of(1), new JsonNumber(new BigDecimal("-2.5e3")), new JsonNumber(new BigDecimal("0.0"))),
                object.get("b").orElseThrow());
        assertEquals(new JsonObject(Map.of("t", JsonBoolean.TRUE, "f", JsonBoolean.FALSE, "n", JsonNull.INSTANCE)).members(),
                ((JsonObject) object.get("a").orElseThrow()).members());
        assertEquals("quote \" slash / tab \t snowman \u2603 clef \ud834\udd1e",
                ((JsonString) object.get("s").orElseThrow()).value());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''|unexpected end of the document",
        "{\"a\": 1, \"a\": 2}|duplicate member name \"a\"",
        "{\"a\": 1} x|unexpected content after the document",
        "[1, 2,]|unexpected character ']'",
        "{\"a\": 1,}|expected a member name in double quotes",
        "{a: 1}|expected a member name in double quotes",
        "{'a': 1}|expected a member name in double quotes",
        "[1 2]|expected ',' or ']' in an array",
        "{\"a\" 1}|expected ':'",
        "{\"a\": 1 \"b\": 2}|expected ',' or '}' in an object",
        "\"unterminated|unterminated string",
        "\"bad \\x escape\"|invalid escape '\\x'",
        "\"\\u12G4\"|invalid \\u escape",
        "01|unexpected content after the document",
        "-|a number needs digits",
        "1.|a fraction needs digits",
        "1e|an exponent needs digits",
        "+1|unexpected character '+'",
        "NaN|unexpected character 'N'",
        "tru|unexpected character 't'",
        "nulls|unexpected content after the document"})
    void malformedTextIsAnInvalidRequestSayingWhy(String text, String problem) {
        DomainException failure = assertThrows(DomainException.class, () -> JsonReader.parse(text));

        assertEquals(ErrorCode.INVALID_REQUEST, failure.code());
        assertEquals(problem, failure.getMessage().replaceFirst("^Malformed JSON at line \\d+, column \\d+: ", ""));
    }

    @Test
    void rawControlCharactersInStringsAreRefused() {
        DomainException failure = assertThrows(DomainException.class, () -> JsonReader.parse("\"a\u0001b\""));

        assertEquals("Malformed JSON at line 1, column 3: unescaped control character in a string", failure.getMessage());
    }

    @Test
    void theMessageGivesLineAndColumn() {
        DomainException failure = assertThrows(DomainException.class, () -> JsonReader.parse("{\n  \"a\": 1,\n  \"a\": 2\n}"));

        assertEquals("Malformed JSON at line 3, column 3: duplicate member name \"a\"", failure.getMessage());
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {1, 63, 64})
    void nestingUpToTheLimitIsRead(int depth) {
        JsonReader.parse("[".repeat(depth) + "]".repeat(depth));
        JsonReader.parse("{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1));
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {65, 100_000})
    void nestingPastTheLimitIsRefusedWithoutExhaustingTheStack(int depth) {
        DomainException failure = assertThrows(DomainException.class,
                () -> JsonReader.parse("[".repeat(depth) + "]".repeat(depth)));

        assertEquals("Malformed JSON at line 1, column 65: nesting deeper than 64 levels", failure.getMessage());
    }

    @Test
    void aCustomLimitApplies() {
        JsonReader.parse("[[[]]]", 3);
        assertThrows(DomainException.class, () -> JsonReader.parse("[[[[]]]]", 3));
    }

    @Test
    void anEscapedNulIsReadSoThatTheDomainCanRefuseItWithAClearReason() {
        assertEquals(new JsonString("a\u0000b"), JsonReader.parse("\"a\\u0000b\""));
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        JsonValue original = JsonReader.parse("{\"x\": [\"\\u0007\", 1.50, {\"y\": null}], \"z\": \"\\\\\"}");

        assertEquals(original, JsonReader.parse(original.toJson()));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
        "1.50, 1.50",
        "-0.001, -0.001",
        "42, 42",
        "-2.5e3, -25e2",
        "1E+2, 1e2",
        "1.23e-7, 0.000000123",
        // Found by JsonPropertyTest: Java spells these 5E-1001, 0E-1001, -4.5E+1020, which the reader refuses.
        "0.5e-1000, 0.5e-1000",
        "-0.0e-1000, 0.0e-1000",
        "-45.0e+1000, -450e999",
        "1.5e-1000, 1.5e-1000"
    })
    void whatTheReaderReadsTheWriterWritesWithinItsLimitsAndReadsBackEqual(String literal, String written) {
        JsonValue read = JsonReader.parse(literal);

        assertEquals(written, read.toJson());
        assertEquals(read, JsonReader.parse(read.toJson()));
    }

    @Test
    void aNumberOfAHundredDigitsAtTheExponentLimitsIsWrittenWithinThem() {
        String hundredDigits = "1234567890".repeat(10);
        List<String> literals = List.of(
                hundredDigits + "e1000",
                "-" + hundredDigits.charAt(0) + "." + hundredDigits.substring(1) + "e-6",
                "0." + "0".repeat(98) + "1e-1000",
                "9." + hundredDigits.substring(1) + "e-1000");

        for (String literal : literals) {
            JsonValue read = JsonReader.parse(literal);
            assertEquals(read, JsonReader.parse(read.toJson()), literal);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e1000", "-1E-1000", "1e+0000001000", "0.5e-1000", "1e0"})
    void numbersUpToTheLimitsAreRead(String number) {
        assertEquals(new JsonNumber(new BigDecimal(number)), JsonReader.parse(number));
    }

    @Test
    void aHundredDigitsAreRead() {
        String hundredDigits = "1234567890".repeat(10);

        assertEquals(new BigDecimal(hundredDigits), ((JsonNumber) JsonReader.parse(hundredDigits)).value());
        assertEquals(new BigDecimal("-0." + "0".repeat(98) + "1"),
                ((JsonNumber) JsonReader.parse("-0." + "0".repeat(98) + "1")).value());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e1001", "1e-1001", "1E+1001", "1e10000000", "1e999999999", "1e99999999999999999999",
        "-2.5e00000000000000001001"})
    void anExponentOverAThousandIsRefusedBeforeAnyArithmetic(String number) {
        assertTooLarge("{\"min\": " + number + ", \"max\": 0}", 9);
    }

    @Test
    void moreThanAHundredDigitsAreRefused() {
        assertTooLarge("[" + "9".repeat(101) + "]", 2);
        assertTooLarge("[0." + "0".repeat(100) + "]", 2);
        assertTooLarge("[1" + "0".repeat(50) + "." + "0".repeat(50) + "]", 2);
        assertTooLarge("[" + "7".repeat(10_000_000) + "]", 2);
    }

    private static void assertTooLarge(String text, int column) {
        DomainException failure = assertThrows(DomainException.class, () -> JsonReader.parse(text));

        assertEquals(ErrorCode.INVALID_REQUEST, failure.code());
        assertEquals("Malformed JSON at line 1, column " + column + ": number too large: at most 100 digits and an "
                + "exponent of at most 1000 are accepted", failure.getMessage());
    }

    @Test
    void aDuplicateMemberNameIsQuotedInShort() {
        String name = "n".repeat(100_000);

        DomainException failure = assertThrows(DomainException.class,
                () -> JsonReader.parse("{\"" + name + "\": 1, \"" + name + "\": 2}"));

        assertEquals("Malformed JSON at line 1, column 100009: duplicate member name \"" + MessageBounds.quote(name) + "\"",
                failure.getMessage());
    }

    @Test
    void theDeepestSupportedNestingIsReadOnAThreadWithATinyStack() throws InterruptedException {
        // Found by JsonPropertyTest: reading recursively, a thousand levels overflowed a 512 KiB stack.
        int depth = JsonReader.MAX_SUPPORTED_DEPTH;
        String objects = "{\"a\":[".repeat(depth / 2) + "]}".repeat(depth / 2);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread reader = new Thread(null, () -> {
            try {
                JsonReader.parse("[".repeat(depth) + "]".repeat(depth), depth);
                outcome.set(JsonReader.parse(objects, depth).toJson());
            } catch (Throwable thrown) {
                outcome.set(thrown);
            }
        }, "tiny-stack", 64 * 1024);
        reader.start();
        reader.join();

        assertEquals(objects, outcome.get());
    }

    @Test
    void theDepthLimitItselfIsBounded() {
        JsonReader.parse("[".repeat(1_000) + "]".repeat(1_000), JsonReader.MAX_SUPPORTED_DEPTH);

        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("[]", JsonReader.MAX_SUPPORTED_DEPTH + 1));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("[]", 0));
    }
}
