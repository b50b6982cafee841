package dev.plugbay.domain.json;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes compact JSON text; strings are escaped as RFC 8259 requires. The walk keeps its open
 * objects and arrays on a heap stack, not the thread's, so any depth can be written.
 */
final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonWriter() {
    }

    static void write(JsonValue value, StringBuilder out) {
        write(value, out, Integer.MAX_VALUE);
    }

    /**
     * Writes {@code value}, or stops once {@code out} holds more than {@code stopAfter} characters,
     * leaving it cut short; so the work done is bounded by {@code stopAfter}, not by the value.
     */
    static void write(JsonValue value, StringBuilder out, int stopAfter) {
        Deque<OpenContainer> open = new ArrayDeque<>();
        JsonValue next = value;
        while (out.length() <= stopAfter) {
            if (next != null) {
                start(next, out, open);
            }
            OpenContainer container = open.peek();
            if (container == null) {
                return;
            }
            if (container.elements.hasNext()) {
                next = container.writeUpToNextValue(out);
            } else {
                out.append(container.closing);
                open.pop();
                next = null;
            }
        }
    }

    /** Writes a scalar whole, or the opening of an object or array, which is then open. */
    private static void start(JsonValue value, StringBuilder out, Deque<OpenContainer> open) {
        if (value instanceof JsonObject object) {
            out.append('{');
            open.push(new OpenContainer(object.members().entrySet().iterator(), '}'));
        } else if (value instanceof JsonArray array) {
            out.append('[');
            open.push(new OpenContainer(array.elements().iterator(), ']'));
        } else if (value instanceof JsonString string) {
            writeString(string.value(), out);
        } else if (value instanceof JsonNumber number) {
            out.append(numberText(number.value()));
        } else if (value instanceof JsonBoolean bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    /** An object (its members) or array (its elements) whose text is being written. */
    private static final class OpenContainer {

        private final Iterator<?> elements;
        private final char closing;
        private boolean started;

        OpenContainer(Iterator<?> elements, char closing) {
            this.elements = elements;
            this.closing = closing;
        }

        /** Writes the comma before the next element and, for a member, its name and colon; returns its value. */
        JsonValue writeUpToNextValue(StringBuilder out) {
            if (started) {
                out.append(',');
            }
            started = true;
            Object element = elements.next();
            if (element instanceof Map.Entry<?, ?> member) {
                writeString((String) member.getKey(), out);
                out.append(':');
                return (JsonValue) member.getValue();
            }
            return (JsonValue) element;
        }
    }

    /**
     * A number spelled so that {@link JsonReader} reads it back equal (the same digits and scale) and,
     * for every number it read, within its limits: plain with up to 99 decimals ({@code 1.50},
     * {@code 0.001}), otherwise with an exponent, written with as many decimals as keep it within
     * {@link JsonReader#MAX_NUMBER_EXPONENT} ({@code 15e3}, {@code 1.5e-200}, {@code 0.5e-1000}). Java's
     * own spelling ({@code 5E-1001} for {@code 0.5e-1000}) can be past those limits. The work is bounded
     * by the number's digits, not by its exponent.
     */
    private static String numberText(BigDecimal number) {
        int scale = number.scale();
        int decimals;
        if (scale <= 0) {
            decimals = 0;
        } else if (scale < JsonReader.MAX_NUMBER_DIGITS) {
            decimals = scale;
        } else {
            int decimalsForTheExponent = Math.min(scale - JsonReader.MAX_NUMBER_EXPONENT, JsonReader.MAX_NUMBER_DIGITS - 1);
            decimals = Math.max(number.precision() - 1, decimalsForTheExponent);
        }
        String mantissa = new BigDecimal(number.unscaledValue(), decimals).toPlainString();
        long exponent = (long) decimals - scale;
        return exponent == 0 ? mantissa : mantissa + "e" + exponent;
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
