package dev.plugbay.domain.error;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of a caller's input an answer may repeat, so that every message and every list of
 * violations stays small whatever the input (issue 11: a 167-byte body once got a 20 MB answer).
 *
 * <ul>
 *   <li>a quote of input is cut to {@value #MAX_QUOTE_LENGTH} characters and marked with
 *       {@value #ELLIPSIS};</li>
 *   <li>a violation's location (field name or JSON Pointer) holds at most
 *       {@value #MAX_LOCATION_LENGTH} characters, a message at most {@value #MAX_MESSAGE_LENGTH};</li>
 *   <li>a list of violations keeps at most {@value #MAX_VIOLATIONS} entries, and fewer when their
 *       JSON text would pass {@value #MAX_VIOLATIONS_JSON_BYTES} bytes; one last entry then says how
 *       many more there were.</li>
 * </ul>
 * Together they keep an error body under 16 KB. {@link Violation} and {@link DomainException}
 * apply them when they are built, so no message can escape them; the quoting helpers let a message
 * keep its explanation after a long quote.
 */
public final class MessageBounds {

    public static final int MAX_QUOTE_LENGTH = 100;
    /** Long enough for the pointer to a node 64 levels deep under member names of a dozen characters. */
    public static final int MAX_LOCATION_LENGTH = 1_000;
    /** Room for a plugin's own error text, which an answer may carry up to 500 characters (RUNTIME.md), after its prefix. */
    public static final int MAX_MESSAGE_LENGTH = 600;
    public static final int MAX_VIOLATIONS = 100;
    public static final int MAX_VIOLATIONS_JSON_BYTES = 10 * 1024;
    public static final String ELLIPSIS = "…";

    /** Numbers with at most this many digits in plain notation are shown that way, others in E notation. */
    private static final int MAX_PLAIN_NUMBER_DIGITS = 30;
    /** What a violation adds around its location and message in a JSON body: keys, quotes, braces. */
    private static final int VIOLATION_JSON_OVERHEAD = 32;

    private MessageBounds() {
    }

    /** {@code text} itself when short, else its first {@value #MAX_QUOTE_LENGTH} characters and {@value #ELLIPSIS}. */
    public static String quote(String text) {
        return text.length() <= MAX_QUOTE_LENGTH ? text : prefix(text, MAX_QUOTE_LENGTH) + ELLIPSIS;
    }

    /** A number as a message shows it: plain when short ({@code 0.25}), else in E notation, cut as a quote. */
    public static String number(BigDecimal value) {
        long integerDigits = (long) value.precision() - value.scale();
        long plainDigits = value.scale() > 0 ? Math.max(integerDigits, 1) + value.scale() : integerDigits;
        return quote(plainDigits <= MAX_PLAIN_NUMBER_DIGITS ? value.toPlainString() : value.toString());
    }

    /** {@code text} when it has at most {@code maxLength} characters, else cut to that length ending in {@value #ELLIPSIS}. */
    public static String cut(String text, int maxLength) {
        return text.length() <= maxLength ? text : prefix(text, maxLength - ELLIPSIS.length()) + ELLIPSIS;
    }

    /**
     * The violations a caller is shown: the first ones within {@value #MAX_VIOLATIONS} entries and
     * {@value #MAX_VIOLATIONS_JSON_BYTES} bytes of JSON, then one entry at the document root saying
     * how many were left out. The list itself when it is within both.
     */
    public static List<Violation> violations(List<Violation> violations) {
        List<Violation> shown = new ArrayList<>();
        long bytes = 0;
        for (Violation violation : violations) {
            bytes += jsonBytes(violation.location()) + jsonBytes(violation.message()) + VIOLATION_JSON_OVERHEAD;
            if (shown.size() == MAX_VIOLATIONS || bytes > MAX_VIOLATIONS_JSON_BYTES) {
                int left = violations.size() - shown.size();
                shown.add(Violation.at("", "… and " + left + " more " + (left == 1 ? "problem" : "problems")
                        + " not listed"));
                return List.copyOf(shown);
            }
            shown.add(violation);
        }
        return List.copyOf(violations);
    }

    /**
     * At most the bytes of {@code text} as a JSON string in UTF-8: an escaped control character
     * takes six ({@code \u0001}), the characters JSON escapes with a backslash two.
     */
    static long jsonBytes(String text) {
        long bytes = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                bytes += 6;
            } else if (c == '"' || c == '\\') {
                bytes += 2;
            } else if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800 || Character.isSurrogate(c)) {
                bytes += 2;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The first {@code length} characters, one fewer when the last would split a surrogate pair. */
    /**
     * {@code text} when it has at most {@code maxLength} characters, else its first ones, one fewer
     * when the last would split a letter outside the BMP; no ellipsis (for stored or quoted text
     * whose bound a contract fixes, such as a plugin's error).
     */
    public static String atMost(String text, int maxLength) {
        return text.length() <= maxLength ? text : prefix(text, maxLength);
    }

    private static String prefix(String text, int length) {
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
