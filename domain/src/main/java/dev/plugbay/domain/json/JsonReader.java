package dev.plugbay.domain.json;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.MessageBounds;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 reader of JSON text into the domain's JSON model, shared by every adapter
 * that turns text into a document. Beyond the grammar it refuses what lenient parsers let
 * through: duplicate member names, trailing content, nesting deeper than a limit, and number
 * literals too large for bounded arithmetic. A refusal is an {@code INVALID_REQUEST} whose message
 * gives the line and column.
 *
 * <p>The reader keeps the objects and arrays it is inside on a heap stack, not the thread's, so no
 * nesting can exhaust the stack of the thread that reads, however small; the depth limit bounds that
 * heap stack.
 */
public final class JsonReader {

    /** The nesting limit of the HTTP contract: objects and arrays inside each other, at most 64 deep. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The deepest nesting a reader can be asked to accept. */
    public static final int MAX_SUPPORTED_DEPTH = 1_000;
    /**
     * A number literal has at most this many digits before and after its decimal point together.
     * With {@link #MAX_NUMBER_EXPONENT} it keeps every comparison, conversion and printing of a
     * number cheap: {@code 1e999999999} once took a server minutes and gigabytes to print.
     */
    public static final int MAX_NUMBER_DIGITS = 100;
    /** A number literal's exponent is at most this large in absolute value. */
    public static final int MAX_NUMBER_EXPONENT = 1_000;

    private final String text;
    private final int maxDepth;
    private int position;

    private JsonReader(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    public static JsonValue parse(String text) {
        return parse(text, DEFAULT_MAX_DEPTH);
    }

    public static JsonValue parse(String text, int maxDepth) {
        if (maxDepth < 1 || maxDepth > MAX_SUPPORTED_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_SUPPORTED_DEPTH + ", got " + maxDepth);
        }
        JsonReader reader = new JsonReader(text, maxDepth);
        JsonValue value = reader.value();
        reader.skipWhitespace();
        if (reader.position < text.length()) {
            throw reader.malformed("unexpected content after the document");
        }
        return value;
    }

    /** Reads one value and everything nested in it, one object or array member at a time. */
    private JsonValue value() {
        Deque<Container> open = new ArrayDeque<>();
        while (true) {
            JsonValue value = scalarOrOpen(open);
            if (value == null) {
                continue;
            }
            // A complete value: it belongs to the innermost open container, which may end right after it.
            while (true) {
                Container innermost = open.peek();
                if (innermost == null) {
                    return value;
                }
                innermost.add(value);
                skipWhitespace();
                char next = peek();
                position++;
                if (next == innermost.closing) {
                    open.pop();
                    value = innermost.value();
                    continue;
                }
                if (next != ',') {
                    position--;
                    throw malformed(innermost.object ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array");
                }
                if (innermost.object) {
                    memberName(innermost);
                }
                break;
            }
        }
    }

    /**
     * Reads a scalar, or an empty object or array; or opens a non-empty one, pushes it onto
     * {@code open} ready for its first value, and returns null.
     */
    private JsonValue scalarOrOpen(Deque<Container> open) {
        skipWhitespace();
        if (position >= text.length()) {
            throw malformed("unexpected end of the document");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{', '[' -> {
                if (open.size() >= maxDepth) {
                    throw malformed("nesting deeper than " + maxDepth + " levels");
                }
                Container container = new Container(c == '{');
                position++;
                skipWhitespace();
                if (peek() == container.closing) {
                    position++;
                    yield container.value();
                }
                open.push(container);
                if (container.object) {
                    memberName(container);
                }
                yield null;
            }
            case '"' -> new JsonString(string());
            case 't' -> literal("true", JsonBoolean.TRUE);
            case 'f' -> literal("false", JsonBoolean.FALSE);
            case 'n' -> literal("null", JsonNull.INSTANCE);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw malformed("unexpected character '" + printable(c) + "'");
            }
        };
    }

    /** Reads a member's name and the colon after it; the name must be new in {@code object}. */
    private void memberName(Container object) {
        skipWhitespace();
        if (peek() != '"') {
            throw malformed("expected a member name in double quotes");
        }
        int nameStart = position;
        String name = string();
        skipWhitespace();
        expect(':');
        if (object.members.containsKey(name)) {
            position = nameStart;
            throw malformed("duplicate member name \"" + MessageBounds.quote(name) + "\"");
        }
        object.pendingName = name;
    }

    /** An object or array whose members are being read. */
    private static final class Container {

        private final boolean object;
        private final char closing;
        private final Map<String, JsonValue> members = new LinkedHashMap<>();
        private final List<JsonValue> elements = new ArrayList<>();
        private String pendingName;

        Container(boolean object) {
            this.object = object;
            this.closing = object ? '}' : ']';
        }

        void add(JsonValue value) {
            if (object) {
                members.put(pendingName, value);
            } else {
                elements.add(value);
            }
        }

        JsonValue value() {
            return object ? new JsonObject(members) : new JsonArray(elements);
        }
    }

    private String string() {
        position++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw malformed("unterminated string");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                position--;
                throw malformed("unescaped control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position >= text.length()) {
                throw malformed("unterminated string");
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> {
                    position--;
                    throw malformed("invalid escape '\\" + printable(escaped) + "'");
                }
            }
        }
    }

    private char unicodeEscape() {
        if (position + 4 > text.length()) {
            throw malformed("incomplete \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position + i), 16);
            if (digit < 0) {
                throw malformed("invalid \\u escape");
            }
            code = code * 16 + digit;
        }
        position += 4;
        return (char) code;
    }

    private JsonNumber number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        int digitsStart = position;
        if (peek() == '0') {
            position++;
        } else if (isDigit(peek())) {
            skipDigits();
        } else {
            throw malformed("a number needs digits");
        }
        int digits = position - digitsStart;
        if (peek() == '.') {
            position++;
            int fractionStart = position;
            requireDigits("a fraction needs digits");
            digits += position - fractionStart;
        }
        boolean exponentTooLarge = false;
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            int exponentStart = position;
            requireDigits("an exponent needs digits");
            exponentTooLarge = exceedsMaxExponent(exponentStart, position);
        }
        if (digits > MAX_NUMBER_DIGITS || exponentTooLarge) {
            position = start;
            throw malformed("number too large: at most " + MAX_NUMBER_DIGITS
                    + " digits and an exponent of at most " + MAX_NUMBER_EXPONENT + " are accepted");
        }
        return new JsonNumber(new BigDecimal(text.substring(start, position)));
    }

    /** Whether the exponent digits in {@code [from, to)} name more than {@link #MAX_NUMBER_EXPONENT}, read without arithmetic on them. */
    private boolean exceedsMaxExponent(int from, int to) {
        int significant = from;
        while (significant < to - 1 && text.charAt(significant) == '0') {
            significant++;
        }
        int maxLength = Integer.toString(MAX_NUMBER_EXPONENT).length();
        return to - significant > maxLength || Integer.parseInt(text, significant, to, 10) > MAX_NUMBER_EXPONENT;
    }

    private void requireDigits(String message) {
        if (!isDigit(peek())) {
            throw malformed(message);
        }
        skipDigits();
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            position++;
        }
    }

    private JsonValue literal(String word, JsonValue value) {
        if (!text.startsWith(word, position)) {
            throw malformed("unexpected character '" + printable(text.charAt(position)) + "'");
        }
        position += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw malformed("expected '" + c + "'");
        }
        position++;
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private InvalidRequestException malformed(String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new InvalidRequestException("Malformed JSON at line " + line + ", column " + column + ": " + problem);
    }
}
