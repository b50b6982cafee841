package dev.plugbay.domain.hostile;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Generators of what an attacker sends: huge numbers, long strings, deep and wide trees, template
 * soup, characters outside the Basic Multilingual Plane, lone surrogates and control characters.
 * Large inputs are built from a small recipe (a few pieces and a repeat count, a leaf and a width),
 * so that generating and shrinking them stays cheap. A text is at most {@link #MAX_TEXT_LENGTH}
 * characters (the request body limit); a whole document stays within {@link #MAX_DOCUMENT_LENGTH}.
 */
final class HostileInputs {

    static final int MAX_TEXT_LENGTH = 1024 * 1024;
    /** What the largest combination of these generators comes to as JSON text, in characters. */
    static final int MAX_DOCUMENT_LENGTH = 16 * MAX_TEXT_LENGTH;

    /** Pieces that mean something to one rule or another, or to JSON, UTF-16 and UTF-8. */
    private static final List<String> PIECES = List.of(
            "{{", "}}", "{", "}", ".", "a", "a.", "_", "9", " ", "\t", "\n", "\u0000", "\u0001", "\u007f", "\"",
            "\\", "/", "~", ":", "é", "€", "\uD83D\uDE00", "\uD834\uDD1E", "\uD800", "\uDC00", "javascript:",
            "https://", "//", "data:", "-", "+", "e", "E", "1.0.0", "v", "||", "^", "*", "x", "ü\u0308");

    private static final List<String> WIDGET_KEYS = List.of(
            "type", "actionType", "method", "params", "src", "url", "image", "href", "child", "children", "data");

    private HostileInputs() {
    }

    /**
     * Text of up to {@link #MAX_TEXT_LENGTH} characters: a run of pieces repeated, often many times,
     * between two pieces, so that {@code "{{" + "a.".repeat(n) + "}}"} (a path of n segments) is one.
     */
    static Arbitrary<String> text() {
        Arbitrary<String> unit = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(12).map(pieces -> String.join("", pieces));
        Arbitrary<Integer> repeats = Arbitraries.integers().between(1, 500_000).withDistribution(RandomDistribution.biased());
        return Combinators.combine(Arbitraries.of(PIECES), unit, repeats, Arbitraries.of(PIECES))
                .as((before, piece, times, after) -> before + piece.repeat(Math.min(times, MAX_TEXT_LENGTH / piece.length())) + after);
    }

    /**
     * Template soup: stray and unclosed braces by the hundred thousand, paths of thousands of
     * segments, templates inside templates, each up to {@link #MAX_TEXT_LENGTH} characters.
     */
    static Arbitrary<String> templateSoup() {
        Arbitrary<Integer> repeats = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 300_000).withDistribution(RandomDistribution.biased()),
                Arbitraries.integers().between(200_000, 600_000));
        Arbitrary<String> segment = Arbitraries.of("a", "a1", "_", "x".repeat(40), "1", "", " a", "a-b", "\uD834\uDD1E");
        return Arbitraries.oneOf(
                Combinators.combine(segment, repeats).as((name, times) -> "{{" + repeated(name + ".", times) + name + "}}"),
                Combinators.combine(Arbitraries.of("}}", "{{", "{{}}", "{{a}}", "{{{", "}}}", "{{a.}}", "{ {"), repeats)
                        .as(HostileInputs::repeated),
                Combinators.combine(repeats, repeats).as((open, close) -> repeated("{{", open) + "a" + repeated("}}", close)));
    }

    private static String repeated(String piece, int times) {
        return piece.isEmpty() ? "" : piece.repeat(Math.min(times, MAX_TEXT_LENGTH / piece.length() - 2));
    }

    /** Short text from the same pieces, for names and keys. */
    static Arbitrary<String> shortText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    /** Numbers far beyond any sane size: up to 300 digits, exponents up to two billion either way. */
    static Arbitrary<BigDecimal> hugeNumbers() {
        Arbitrary<BigInteger> unscaled = Arbitraries.integers().between(1, 300)
                .flatMap(digits -> Arbitraries.strings().numeric().ofLength(digits))
                .map(digits -> new BigInteger("1" + digits));
        Arbitrary<Integer> scale = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-2_000, 2_000)),
                Tuple.of(1, Arbitraries.integers().between(-2_000_000_000, 2_000_000_000)),
                Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE + 1, Integer.MAX_VALUE, -10_000_000, -999_999_999)));
        Arbitrary<Boolean> negative = Arbitraries.of(true, false);
        return Combinators.combine(unscaled, scale, negative)
                .as((digits, exponent, minus) -> new BigDecimal(minus ? digits.negate() : digits, exponent));
    }

    /** JSON number literals as text, including ones the reader must refuse: long digits, huge exponents. */
    static Arbitrary<String> numberLiterals() {
        Arbitrary<String> mantissa = Arbitraries.integers().between(1, 400).withDistribution(RandomDistribution.biased())
                .flatMap(digits -> Arbitraries.strings().numeric().ofLength(digits))
                .map(digits -> "1" + digits);
        Arbitrary<String> exponent = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.integers().between(-5_000, 5_000).map(e -> "e" + e),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30).map(digits -> "E-" + digits),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30).map(digits -> "e+" + digits));
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().numeric().ofMaxLength(200)
                .map(digits -> digits.isEmpty() ? "" : "." + digits));
        return Combinators.combine(mantissa, fraction, exponent).as((m, f, e) -> m + f + e);
    }

    /** A small scalar: short hostile text, a huge number, a boolean or null. */
    static Arbitrary<JsonValue> leaves() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, shortText().map(JsonString::new)),
                Tuple.of(1, templateSoup().map(text -> new JsonString(text.substring(0, Math.min(text.length(), 300))))),
                Tuple.of(2, hugeNumbers().map(JsonNumber::new)),
                Tuple.of(1, Arbitraries.of(JsonBoolean.TRUE, JsonBoolean.FALSE, JsonNull.INSTANCE)));
    }

    /** Trees that are deep (up to 3,000 levels), wide (up to 20,000 elements or 6,000 members), or both a little. */
    static Arbitrary<JsonValue> trees() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, smallTrees()),
                // Without edge cases: jqwik hashes those, and a record's hashCode recurses on depth.
                Tuple.of(1, Combinators.combine(smallTrees(), Arbitraries.integers().between(1, 3_000)
                        .withDistribution(RandomDistribution.biased())).as(HostileInputs::deepen).withoutEdgeCases()),
                Tuple.of(1, Combinators.combine(leaves(), Arbitraries.integers().between(1, 20_000))
                        .as((leaf, width) -> new JsonArray(Collections.nCopies(width, leaf)))),
                Tuple.of(1, Combinators.combine(shortText(), leaves(), Arbitraries.integers().between(1, 6_000))
                        .as(HostileInputs::wideObject)));
    }

    /** A {@code ui}-like tree: a widget at the root, hostile or real, over a hostile tree, with a long text. */
    static Arbitrary<JsonValue> uiTrees() {
        Arbitrary<JsonValue> type = Arbitraries.oneOf(
                Arbitraries.of("text", "column", "container", "button").map(JsonString::new), leaves());
        Arbitrary<String> longText = Arbitraries.oneOf(text(), templateSoup());
        return Combinators.combine(type, Arbitraries.of(WIDGET_KEYS), trees(), longText).as((widgetType, key, tree, data) -> {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            members.put("type", widgetType);
            members.put(key, tree);
            members.putIfAbsent("data", new JsonString(data));
            return new JsonObject(members);
        });
    }

    private static Arbitrary<JsonValue> smallTrees() {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(WIDGET_KEYS), shortText());
        return Arbitraries.recursive(HostileInputs::leaves, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(JsonArray::new),
                Combinators.combine(keys, inner).as(Map::entry).list().ofMaxSize(4).map(HostileInputs::object)),
                0, 4);
    }

    private static JsonValue deepen(JsonValue inner, int levels) {
        JsonValue tree = inner;
        for (int i = 0; i < levels; i++) {
            tree = i % 2 == 0
                    ? new JsonObject(Map.of("type", new JsonString("container"), "child", tree))
                    : JsonArray.of(tree);
        }
        return tree;
    }

    private static JsonValue wideObject(String keyPrefix, JsonValue value, int members) {
        Map<String, JsonValue> object = new LinkedHashMap<>();
        for (int i = 0; i < members; i++) {
            object.put(keyPrefix + i, value);
        }
        return new JsonObject(object);
    }

    private static JsonValue object(List<Map.Entry<String, JsonValue>> members) {
        Map<String, JsonValue> object = new LinkedHashMap<>();
        members.forEach(member -> object.putIfAbsent(member.getKey(), member.getValue()));
        return new JsonObject(object);
    }

    /** Version text: valid SemVer of any length up to 2,000 characters, or hostile text. */
    static Arbitrary<String> versions() {
        Arbitrary<String> longValid = Combinators.combine(
                Arbitraries.integers().between(0, 2_000), Arbitraries.of('-', '+'))
                .as((length, separator) -> "1.0.0" + separator + "x" + ".y".repeat(length / 2));
        return Arbitraries.oneOf(longValid, shortText(), text());
    }

    /** A {@code configSchema}: fields of every type with hostile bounds, defaults, enums and names. */
    static Arbitrary<JsonValue> configSchemas() {
        Arbitrary<JsonValue> definition = Combinators.combine(
                Arbitraries.of("string", "number", "boolean", "select", "date").map(JsonString::new),
                leaves(), leaves(), leaves(), leaves().list().ofMaxSize(10).map(JsonArray::new))
                .as((type, min, max, defaultValue, allowed) -> {
                    Map<String, JsonValue> members = new LinkedHashMap<>();
                    members.put("type", type);
                    members.put("min", min);
                    members.put("max", max);
                    members.put("default", defaultValue);
                    members.put("enum", allowed);
                    return new JsonObject(members);
                });
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), shortText(), text());
        return Arbitraries.oneOf(
                Combinators.combine(names, definition).as(Map::entry).list().ofMaxSize(3).map(HostileInputs::object),
                Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5), definition,
                        Arbitraries.integers().between(1, 1_000)).as(HostileInputs::wideObject),
                trees());
    }

    /** Config values: for the keys a schema may declare and others, hostile values. */
    static Arbitrary<JsonObject> configValues() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), shortText(), text());
        Arbitrary<JsonValue> values = Arbitraries.oneOf(leaves(), trees(), text().map(JsonString::new));
        return Arbitraries.oneOf(
                Combinators.combine(names, values).as(Map::entry).list().ofMaxSize(3)
                        .map(members -> (JsonObject) object(members)),
                Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5), leaves(),
                        Arbitraries.integers().between(1, 5_000)).as((prefix, value, count) -> (JsonObject) wideObject(prefix, value, count)));
    }
}
