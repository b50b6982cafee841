package dev.plugbay.domain.testing;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test support: reads JSON text into the domain's JSON model, so tests can state documents as
 * text and use the shared fixtures as they are. Strings may also use single quotes
 * ({@code {'type':'number'}}) so test tables stay readable. (Production code parses with Jackson
 * in the adapters.)
 */
public final class JsonText {

    private final String text;
    private int position;

    private JsonText(String text) {
        this.text = text;
    }

    public static JsonValue json(String text) {
        JsonText parser = new JsonText(text);
        JsonValue value = parser.value();
        parser.skipWhitespace();
        if (parser.position != text.length()) {
            throw parser.error("trailing characters");
        }
        return value;
    }

    public static JsonObject object(String text) {
        return (JsonObject) json(text);
    }

    /** A file of the shared fixtures, e.g. {@code registry/plugins/quality_checker.json}. */
    public static JsonObject fixture(String relativePath) {
        Path root = Path.of(System.getProperty("user.dir"));
        while (root != null && !Files.isDirectory(root.resolve("shared/fixtures"))
                && !Files.isDirectory(root.resolve("../shared/fixtures"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("shared/fixtures not found above " + System.getProperty("user.dir"));
        }
        Path fixtures = Files.isDirectory(root.resolve("shared/fixtures")) ? root.resolve("shared/fixtures")
                : root.resolve("../shared/fixtures");
        try {
            return object(Files.readString(fixtures.resolve(relativePath), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonValue value() {
        skipWhitespace();
        if (position >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(position);
        if (c == '{') {
            return objectValue();
        }
        if (c == '[') {
            return arrayValue();
        }
        if (c == '"' || c == '\'') {
            return new JsonString(string());
        }
        if (text.startsWith("true", position)) {
            position += 4;
            return JsonBoolean.TRUE;
        }
        if (text.startsWith("false", position)) {
            position += 5;
            return JsonBoolean.FALSE;
        }
        if (text.startsWith("null", position)) {
            position += 4;
            return JsonNull.INSTANCE;
        }
        return number();
    }

    private JsonObject objectValue() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        position++;
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return new JsonObject(members);
        }
        while (true) {
            skipWhitespace();
            String name = string();
            skipWhitespace();
            expect(':');
            if (members.put(name, value()) != null) {
                throw error("duplicate key " + name);
            }
            skipWhitespace();
            if (peek() == ',') {
                position++;
            } else {
                expect('}');
                return new JsonObject(members);
            }
        }
    }

    private JsonArray arrayValue() {
        List<JsonValue> elements = new ArrayList<>();
        position++;
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return new JsonArray(elements);
        }
        while (true) {
            elements.add(value());
            skipWhitespace();
            if (peek() == ',') {
                position++;
            } else {
                expect(']');
                return new JsonArray(elements);
            }
        }
    }

    private String string() {
        char quote = peek();
        if (quote != '"' && quote != '\'') {
            throw error("expected a string");
        }
        position++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(position++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private JsonNumber number() {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        if (start == position) {
            throw error("unexpected character");
        }
        return new JsonNumber(new BigDecimal(text.substring(start, position)));
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + position);
    }
}
