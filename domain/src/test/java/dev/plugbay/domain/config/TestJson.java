package dev.plugbay.domain.config;

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
 * Reads JSON text into the domain model for test tables. Strings may use single quotes
 * ({@code {'type':'number'}}) so tables stay readable; no escapes are supported.
 */
final class TestJson {

    private final String text;
    private int position;

    private TestJson(String text) {
        this.text = text;
    }

    static JsonValue json(String text) {
        TestJson reader = new TestJson(text);
        JsonValue value = reader.value();
        reader.skipSpace();
        if (reader.position != text.length()) {
            throw reader.error("trailing text");
        }
        return value;
    }

    static JsonObject object(String text) {
        return (JsonObject) json(text);
    }

    private JsonValue value() {
        skipSpace();
        char c = peek();
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
        skipSpace();
        if (peek() == '}') {
            position++;
            return new JsonObject(members);
        }
        do {
            skipSpace();
            String name = string();
            skipSpace();
            expect(':');
            members.put(name, value());
            skipSpace();
        } while (consume(','));
        expect('}');
        return new JsonObject(members);
    }

    private JsonArray arrayValue() {
        List<JsonValue> elements = new ArrayList<>();
        position++;
        skipSpace();
        if (peek() == ']') {
            position++;
            return new JsonArray(elements);
        }
        do {
            elements.add(value());
            skipSpace();
        } while (consume(','));
        expect(']');
        return new JsonArray(elements);
    }

    private String string() {
        char quote = peek();
        if (quote != '"' && quote != '\'') {
            throw error("expected a string");
        }
        int end = text.indexOf(quote, position + 1);
        if (end < 0) {
            throw error("unterminated string");
        }
        String value = text.substring(position + 1, end);
        position = end + 1;
        return value;
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

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(position);
    }

    private boolean consume(char expected) {
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

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at " + position + " in " + text);
    }
}
