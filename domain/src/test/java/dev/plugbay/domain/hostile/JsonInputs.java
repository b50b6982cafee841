package dev.plugbay.domain.hostile;

import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.testing.property.Gen;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generators of JSON text: documents of every shape the grammar allows (every escape, lone
 * surrogates, numbers at the reader's limits, nesting around the depth limit, any whitespace), the
 * same with a few edits, arbitrary bytes and characters, and brackets by the ten thousand.
 */
final class JsonInputs {

    /** What turns JSON into almost JSON. */
    private static final List<String> NEAR_MISSES = List.of(
            "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\uD800", "-", "+", ".", "e", "E", "0", "00", "1e1001",
            "true", "nul", " ", "\n", "\u0000", "\u001f", "\uD800", "\uFEFF", "/*", "NaN", "Infinity", "'");
    private static final Gen<String> WHITESPACE = Gen.frequency(
            Gen.weight(6, Gen.constant("")), Gen.weight(1, Gen.elements(" ", "\n", "\t", "\r\n", "  \n\t ")));
    private static final Gen<String> STRING_PIECE = Gen.elements(
            "a", "Z", " ", "é", "€", "\uD83D\uDE00", "\uD800", "\uDC00", "\u007f", "\u2028", "/", "{{a}}",
            "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u0000", "\\u001F", "\\u00e9", "\\uD83D\\uDE00",
            "\\uDC00", "\\uffff", "\\u2028");
    private static final Gen<String> DIGIT_1_TO_9 = Gen.elements("1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final Gen<String> NUMBERS = numbers(JsonReader.MAX_NUMBER_DIGITS + 1, JsonReader.MAX_NUMBER_EXPONENT + 1);
    private static final Gen<String> STRINGS = Gen.joined(STRING_PIECE, 0, 6).map(text -> '"' + text + '"');
    private static final Gen<String> LITERALS = Gen.elements("true", "false", "null");
    /** Below this many levels a document branches out; above it, it is a narrow spine of single-element containers. */
    private static final int BUSHY_DEPTH = 6;

    private JsonInputs() {
    }

    /** Documents of every shape the grammar allows, most of them within the reader's limits, some just past them. */
    static Gen<String> documents() {
        Gen<Integer> depths = Gen.biasedIntegers(0, JsonReader.DEFAULT_MAX_DEPTH + 2);
        return random -> {
            StringBuilder text = new StringBuilder();
            value(random, depths.next(random), text);
            return WHITESPACE.next(random) + text + WHITESPACE.next(random);
        };
    }

    /** Number literals up to the reader's limits: up to 100 digits, exponents up to 1,000 with leading zeros. */
    static Gen<String> numbersWithinLimits() {
        return numbers(JsonReader.MAX_NUMBER_DIGITS, JsonReader.MAX_NUMBER_EXPONENT);
    }

    /** Number literals of up to {@code maxDigits} digits and exponents up to {@code maxExponent}, with leading zeros. */
    private static Gen<String> numbers(int maxDigits, int maxExponent) {
        Gen<Integer> digitCounts = Gen.biasedIntegers(0, maxDigits);
        Gen<Integer> exponents = Gen.biasedIntegers(0, maxExponent);
        Gen<String> signs = Gen.elements("", "+", "-");
        Gen<String> zeros = Gen.elements("", "", "", "0", "000");
        return random -> {
            StringBuilder number = new StringBuilder(random.nextInt(3) == 0 ? "-" : "");
            int integerDigits = Math.max(1, digitCounts.next(random));
            if (random.nextInt(3) == 0) {
                number.append('0');
            } else {
                number.append(DIGIT_1_TO_9.next(random)).append(Gen.digits(integerDigits - 1, integerDigits - 1).next(random));
            }
            int fractionDigits = Math.max(0, digitCounts.next(random) - integerDigits);
            if (random.nextBoolean() && fractionDigits > 0) {
                number.append('.').append(Gen.digits(fractionDigits, fractionDigits).next(random));
            }
            if (random.nextBoolean()) {
                number.append(random.nextBoolean() ? 'e' : 'E').append(signs.next(random))
                        .append(zeros.next(random)).append(exponents.next(random));
            }
            return number.toString();
        };
    }

    /** Any text: documents with a few edits, arbitrary bytes read as UTF-8, characters of any kind, runs of brackets. */
    static Gen<String> anyText() {
        Gen<Integer> lengths = Gen.biasedIntegers(0, 300);
        Gen<String> bytes = random -> {
            byte[] raw = new byte[lengths.next(random)];
            random.nextBytes(raw);
            return new String(raw, StandardCharsets.UTF_8);
        };
        Gen<String> characters = random -> random.ints(lengths.next(random), 0, Character.MAX_VALUE + 1)
                .collect(StringBuilder::new, (text, c) -> text.append((char) c), StringBuilder::append).toString();
        Gen<Integer> runs = Gen.biasedIntegers(1, 100_000);
        Gen<String> brackets = random -> Gen.elements("[", "{\"a\":", "[{\"\":").next(random).repeat(runs.next(random));
        return Gen.oneOf(HostileInputs.edited(documents(), NEAR_MISSES), Gen.joined(Gen.elements(NEAR_MISSES), 0, 40),
                bytes, characters, brackets);
    }

    private static void value(SplittableRandom random, int depth, StringBuilder out) {
        if (depth > BUSHY_DEPTH) {
            container(random, depth, 1, out);
            return;
        }
        switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0 -> out.append(LITERALS.next(random));
            case 1, 2 -> out.append(NUMBERS.next(random));
            case 3, 4 -> out.append(STRINGS.next(random));
            default -> container(random, depth, random.nextInt(5), out);
        }
    }

    /** An array or object of {@code size} values, {@code depth - 1} levels deep. */
    private static void container(SplittableRandom random, int depth, int size, StringBuilder out) {
        boolean object = random.nextBoolean();
        out.append(object ? '{' : '[').append(WHITESPACE.next(random));
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(WHITESPACE.next(random)).append(',').append(WHITESPACE.next(random));
            }
            if (object) {
                out.append(STRINGS.next(random)).append(WHITESPACE.next(random)).append(':').append(WHITESPACE.next(random));
            }
            value(random, depth - 1, out);
        }
        out.append(WHITESPACE.next(random)).append(object ? '}' : ']');
    }
}
