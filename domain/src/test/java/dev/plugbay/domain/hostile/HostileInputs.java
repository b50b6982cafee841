package dev.plugbay.domain.hostile;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.testing.property.Gen;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generators of what an attacker sends: huge numbers, long strings, deep and wide trees, template
 * soup, characters outside the Basic Multilingual Plane, lone surrogates and control characters.
 * Large inputs are built from a small recipe (a few pieces and a repeat count, a leaf and a width),
 * so that generating them stays cheap. A text is at most {@link #MAX_TEXT_LENGTH} characters (the
 * request body limit); a whole document stays within {@link #MAX_DOCUMENT_LENGTH}.
 */
final class HostileInputs {

    static final int MAX_TEXT_LENGTH = 1024 * 1024;
    /** What the largest combination of these generators comes to as JSON text, in characters. */
    static final int MAX_DOCUMENT_LENGTH = 16 * MAX_TEXT_LENGTH;

    /** Pieces that mean something to one rule or another, or to JSON, UTF-16 and UTF-8. */
    static final List<String> PIECES = List.of(
            "{{", "}}", "{", "}", ".", "a", "a.", "_", "9", " ", "\t", "\n", "\u0000", "\u0001", "\u007f", "\"",
            "\\", "/", "~", ":", "é", "€", "\uD83D\uDE00", "\uD834\uDD1E", "\uD800", "\uDC00", "javascript:",
            "https://", "//", "data:", "-", "+", "e", "E", "1.0.0", "v", "||", "^", "*", "x", "ü\u0308");

    private static final List<String> WIDGET_KEYS = List.of(
            "type", "actionType", "method", "params", "src", "url", "image", "href", "child", "children", "data");
    private static final Gen<String> PIECE = Gen.elements(PIECES);
    private static final Gen<String> LETTER = Gen.elements(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().mapToObj(Character::toString).toList());

    private HostileInputs() {
    }

    /**
     * Text of up to {@link #MAX_TEXT_LENGTH} characters: a run of pieces repeated, often many times,
     * between two pieces, so that {@code "{{" + "a.".repeat(n) + "}}"} (a path of n segments) is one.
     */
    static Gen<String> text() {
        Gen<String> unit = Gen.joined(PIECE, 1, 12);
        Gen<Integer> repeats = Gen.biasedIntegers(1, 500_000);
        return random -> {
            String before = PIECE.next(random);
            String piece = unit.next(random);
            int times = repeats.next(random);
            return before + piece.repeat(Math.min(times, MAX_TEXT_LENGTH / piece.length())) + PIECE.next(random);
        };
    }

    /**
     * Template soup: stray and unclosed braces by the hundred thousand, paths of thousands of
     * segments, templates inside templates, each up to {@link #MAX_TEXT_LENGTH} characters.
     */
    static Gen<String> templateSoup() {
        Gen<Integer> repeats = Gen.oneOf(Gen.biasedIntegers(1, 300_000), Gen.integers(200_000, 600_000));
        Gen<String> segment = Gen.elements("a", "a1", "_", "x".repeat(40), "1", "", " a", "a-b", "\uD834\uDD1E");
        Gen<String> brackets = Gen.elements("}}", "{{", "{{}}", "{{a}}", "{{{", "}}}", "{{a.}}", "{ {");
        return Gen.oneOf(
                random -> {
                    String name = segment.next(random);
                    return "{{" + repeated(name + ".", repeats.next(random)) + name + "}}";
                },
                random -> repeated(brackets.next(random), repeats.next(random)),
                random -> repeated("{{", repeats.next(random)) + "a" + repeated("}}", repeats.next(random)));
    }

    private static String repeated(String piece, int times) {
        return piece.isEmpty() ? "" : piece.repeat(Math.min(times, MAX_TEXT_LENGTH / piece.length() - 2));
    }

    /** Short text from the same pieces, for names and keys. */
    static Gen<String> shortText() {
        return Gen.joined(PIECE, 0, 8);
    }

    /** ASCII letters, {@code minLength} to {@code maxLength} of them. */
    static Gen<String> letters(int minLength, int maxLength) {
        return Gen.joined(LETTER, minLength, maxLength);
    }

    /** Numbers far beyond any sane size: up to 300 digits, exponents up to two billion either way. */
    static Gen<BigDecimal> hugeNumbers() {
        Gen<BigInteger> unscaled = Gen.integers(1, 300).flatMap(digits -> Gen.digits(digits, digits))
                .map(digits -> new BigInteger("1" + digits));
        Gen<Integer> scale = Gen.frequency(
                Gen.weight(3, Gen.integers(-2_000, 2_000)),
                Gen.weight(1, Gen.integers(-2_000_000_000, 2_000_000_000)),
                Gen.weight(1, Gen.elements(Integer.MIN_VALUE + 1, Integer.MAX_VALUE, -10_000_000, -999_999_999)));
        return random -> {
            BigInteger digits = unscaled.next(random);
            return new BigDecimal(random.nextBoolean() ? digits.negate() : digits, scale.next(random));
        };
    }

    /** JSON number literals as text, including ones the reader must refuse: long digits, huge exponents. */
    static Gen<String> numberLiterals() {
        Gen<String> mantissa = Gen.biasedIntegers(1, 400).flatMap(digits -> Gen.digits(digits, digits)).map(digits -> "1" + digits);
        Gen<String> fraction = Gen.oneOf(Gen.constant(""), Gen.digits(0, 200).map(digits -> digits.isEmpty() ? "" : "." + digits));
        Gen<String> exponent = Gen.oneOf(
                Gen.constant(""),
                Gen.integers(-5_000, 5_000).map(e -> "e" + e),
                Gen.digits(1, 30).map(digits -> "E-" + digits),
                Gen.digits(1, 30).map(digits -> "e+" + digits));
        return random -> mantissa.next(random) + fraction.next(random) + exponent.next(random);
    }

    /** A small scalar: short hostile text, a huge number, a boolean or null. */
    static Gen<JsonValue> leaves() {
        return Gen.frequency(
                Gen.weight(4, shortText().map(JsonString::new)),
                Gen.weight(1, templateSoup().map(text -> new JsonString(text.substring(0, Math.min(text.length(), 300))))),
                Gen.weight(2, hugeNumbers().map(JsonNumber::new)),
                Gen.weight(1, Gen.elements(JsonBoolean.TRUE, JsonBoolean.FALSE, JsonNull.INSTANCE)));
    }

    /** Trees that are deep (up to 3,000 levels), wide (up to 20,000 elements or 6,000 members), or both a little. */
    static Gen<JsonValue> trees() {
        Gen<JsonValue> leaves = leaves();
        Gen<JsonValue> smallTrees = smallTrees();
        Gen<Integer> levels = Gen.biasedIntegers(1, 3_000);
        Gen<Integer> width = Gen.integers(1, 20_000);
        Gen<Integer> members = Gen.integers(1, 6_000);
        Gen<String> keyPrefix = shortText();
        return Gen.frequency(
                Gen.weight(3, smallTrees),
                Gen.weight(1, random -> deepen(smallTrees.next(random), levels.next(random))),
                Gen.weight(1, random -> new JsonArray(Collections.nCopies(width.next(random), leaves.next(random)))),
                Gen.weight(1, random -> wideObject(keyPrefix.next(random), leaves.next(random), members.next(random))));
    }

    /** A {@code ui}-like tree: a widget at the root, hostile or real, over a hostile tree, with a long text. */
    static Gen<JsonValue> uiTrees() {
        Gen<JsonValue> type = Gen.oneOf(Gen.elements("text", "column", "container", "button").map(JsonString::new), leaves());
        Gen<String> key = Gen.elements(WIDGET_KEYS);
        Gen<JsonValue> trees = trees();
        Gen<String> longText = Gen.oneOf(text(), templateSoup());
        return random -> {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            members.put("type", type.next(random));
            members.put(key.next(random), trees.next(random));
            members.putIfAbsent("data", new JsonString(longText.next(random)));
            return new JsonObject(members);
        };
    }

    /** Trees of up to four levels, up to four elements or members each, over hostile leaves and keys. */
    private static Gen<JsonValue> smallTrees() {
        Gen<JsonValue> leaves = leaves();
        Gen<String> keys = Gen.oneOf(Gen.elements(WIDGET_KEYS), shortText());
        Gen<Integer> sizes = Gen.integers(0, 4);
        return new Gen<>() {
            @Override
            public JsonValue next(SplittableRandom random) {
                return tree(random, random.nextInt(5));
            }

            private JsonValue tree(SplittableRandom random, int depth) {
                if (depth == 0) {
                    return leaves.next(random);
                }
                int size = sizes.next(random);
                if (random.nextBoolean()) {
                    List<JsonValue> elements = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        elements.add(tree(random, depth - 1));
                    }
                    return new JsonArray(elements);
                }
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    members.putIfAbsent(keys.next(random), tree(random, depth - 1));
                }
                return new JsonObject(members);
            }
        };
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

    private static JsonObject wideObject(String keyPrefix, JsonValue value, int members) {
        Map<String, JsonValue> object = new LinkedHashMap<>();
        for (int i = 0; i < members; i++) {
            object.put(keyPrefix + i, value);
        }
        return new JsonObject(object);
    }

    /** Version text: valid SemVer of any length up to 2,000 characters, or hostile text. */
    static Gen<String> versions() {
        Gen<String> longValid = random -> "1.0.0" + (random.nextBoolean() ? '-' : '+') + "x" + ".y".repeat(random.nextInt(2_001) / 2);
        return Gen.oneOf(longValid, shortText(), text());
    }

    /** A {@code configSchema}: fields of every type with hostile bounds, defaults, enums and names. */
    static Gen<JsonValue> configSchemas() {
        Gen<JsonValue> type = Gen.elements("string", "number", "boolean", "select", "date").map(JsonString::new);
        Gen<JsonValue> leaves = leaves();
        Gen<JsonValue> allowed = leaves.list(0, 10).map(JsonArray::new);
        Gen<JsonObject> definition = random -> {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            members.put("type", type.next(random));
            members.put("min", leaves.next(random));
            members.put("max", leaves.next(random));
            members.put("default", leaves.next(random));
            members.put("enum", allowed.next(random));
            return new JsonObject(members);
        };
        Gen<String> names = Gen.oneOf(letters(1, 10), shortText(), text());
        Gen<String> prefixes = letters(1, 5);
        Gen<Integer> width = Gen.integers(1, 1_000);
        return Gen.oneOf(
                objects(names, definition, 3),
                random -> wideObject(prefixes.next(random), definition.next(random), width.next(random)),
                trees());
    }

    /** Config values: for the keys a schema may declare and others, hostile values. */
    static Gen<JsonObject> configValues() {
        Gen<String> names = Gen.oneOf(letters(1, 10), shortText(), text());
        Gen<JsonValue> leaves = leaves();
        Gen<JsonValue> values = Gen.oneOf(leaves, trees(), text().map(JsonString::new));
        Gen<String> prefixes = letters(1, 5);
        Gen<Integer> width = Gen.integers(1, 5_000);
        return Gen.oneOf(
                objects(names, values, 3),
                random -> wideObject(prefixes.next(random), leaves.next(random), width.next(random)));
    }

    /** Objects of up to {@code maxMembers} members, the first of two equal names kept. */
    private static Gen<JsonObject> objects(Gen<String> names, Gen<? extends JsonValue> values, int maxMembers) {
        Gen<Integer> sizes = Gen.integers(0, maxMembers);
        return random -> {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            for (int i = sizes.next(random); i > 0; i--) {
                members.putIfAbsent(names.next(random), values.next(random));
            }
            return new JsonObject(members);
        };
    }

    /** {@code texts} with one to three edits: one of {@code pieces} inserted, a character removed, or one replaced. */
    static Gen<String> edited(Gen<String> texts, List<String> pieces) {
        Gen<String> inserted = Gen.elements(pieces);
        return random -> {
            StringBuilder text = new StringBuilder(texts.next(random));
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, inserted.next(random));
                    case 1 -> text.delete(at, Math.min(at + 1, text.length()));
                    default -> text.replace(at, Math.min(at + 1, text.length()), inserted.next(random));
                }
            }
            return text.toString();
        };
    }
}
