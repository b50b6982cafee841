package dev.plugbay.domain.error;

import java.util.Objects;

/**
 * One broken rule: where (a manifest field name or a JSON Pointer into a document) and why.
 * Exactly one of {@code field} and {@code pointer} is set. Both, and the message, are cut to the
 * lengths of {@link MessageBounds}: a location or message built from input stays small.
 */
public record Violation(String field, String pointer, String message) {

    public Violation {
        Objects.requireNonNull(message, "message");
        if ((field == null) == (pointer == null)) {
            throw new IllegalArgumentException("a violation names either a field or a pointer");
        }
        field = field == null ? null : MessageBounds.cut(field, MessageBounds.MAX_LOCATION_LENGTH);
        pointer = pointer == null ? null : MessageBounds.cut(pointer, MessageBounds.MAX_LOCATION_LENGTH);
        message = MessageBounds.cut(message, MessageBounds.MAX_MESSAGE_LENGTH);
    }

    public static Violation ofField(String field, String message) {
        return new Violation(field, null, message);
    }

    /** A violation inside a document, located by the text of its JSON Pointer ({@code /child/onPressed}). */
    public static Violation at(String pointer, String message) {
        return new Violation(null, pointer, message);
    }

    /** Where the violation is, as a reader would see it: the field name or the pointer. */
    public String location() {
        return field != null ? field : pointer;
    }

    @Override
    public String toString() {
        String where = location();
        return where.isEmpty() ? message : where + ": " + message;
    }
}
