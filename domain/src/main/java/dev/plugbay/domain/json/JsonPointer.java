package dev.plugbay.domain.json;

import dev.plugbay.domain.error.MessageBounds;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 6901 JSON Pointer, used to name the node a validation message is about. Its text is cut
 * as every location in a message is ({@link MessageBounds#MAX_LOCATION_LENGTH}), and writing it
 * costs no more than that whatever the length of its tokens: a tree may repeat a 100 KB member name
 * in the pointer of each of its thousand nodes.
 */
public record JsonPointer(List<String> tokens) {

    public static final JsonPointer ROOT = new JsonPointer(List.of());

    public JsonPointer {
        tokens = List.copyOf(tokens);
    }

    public JsonPointer child(String name) {
        List<String> next = new ArrayList<>(tokens);
        next.add(name);
        return new JsonPointer(next);
    }

    public JsonPointer index(int position) {
        return child(Integer.toString(position));
    }

    public int depth() {
        return tokens.size();
    }

    /** The pointer text: {@code ""} for the root, {@code /child/onPressed} below it, cut when too long. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (String token : tokens) {
            text.append('/');
            for (int i = 0; i < token.length() && text.length() <= MessageBounds.MAX_LOCATION_LENGTH; i++) {
                switch (token.charAt(i)) {
                    case '~' -> text.append("~0");
                    case '/' -> text.append("~1");
                    default -> text.append(token.charAt(i));
                }
            }
            if (text.length() > MessageBounds.MAX_LOCATION_LENGTH) {
                break;
            }
        }
        return MessageBounds.cut(text.toString(), MessageBounds.MAX_LOCATION_LENGTH);
    }
}
