package dev.plugbay.domain.stac;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small recursive-descent JSON reader so that test cases can be written as JSON text. It reads
 * the well-formed documents these tests write; it is not a validating parser.
 */
final class TestJson {

    private final String text;
    private int position;

    private TestJson(String text) {
        this.text = text;
    }

    static JsonValue parse(String text) {
        TestJson reader = new TestJson(text);
        JsonValue value = reader.value();
        reader.skipWhitespace();
        if (reader.position != text.length()) {
            throw reader.error("trailing text");
        }
        return value;
    }

    private JsonValue value() {
        skipWhitespace();
        char c = text.charAt(position);
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        if (c == '"') {
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

    private JsonObject object() {
        expect('{');
        Map<String, JsonValue> members = new LinkedHashMap<>();
        if (!consume('}')) {
            do {
                skipWhitespace();
                String name = string();
                expect(':');
                members.put(name, value());
            } while (consume(','));
            expect('}');
        }
        return new JsonObject(members);
    }

    private JsonArray array() {
        expect('[');
        List<JsonValue> elements = new ArrayList<>();
        if (!consume(']')) {
            do {
                elements.add(value());
            } while (consume(','));
            expect(']');
        }
        return new JsonArray(elements);
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (text.charAt(position) != '"') {
            char c = text.charAt(position++);
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
        position++;
        return out.toString();
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

    private boolean consume(char expected) {
        skipWhitespace();
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char expected) {
        if (!consume(expected)) {
            throw error("expected '" + expected + "'");
        }
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + position + " in: " + text);
    }
}
