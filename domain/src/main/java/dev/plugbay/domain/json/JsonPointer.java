package dev.plugbay.domain.json;

import java.util.ArrayList;
import java.util.List;

/** An RFC 6901 JSON Pointer, used to name the node a validation message is about. */
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

    /** The pointer text: {@code ""} for the root, {@code /child/onPressed} below it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (String token : tokens) {
            text.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return text.toString();
    }
}
