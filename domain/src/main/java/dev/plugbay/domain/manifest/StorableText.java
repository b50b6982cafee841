package dev.plugbay.domain.manifest;

import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonPointer;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Finds text that a database cannot store. PostgreSQL refuses the NUL character in text and
 * JSON while H2 keeps it, so the rule is checked here, before any database, to make both accept
 * and reject the same documents.
 */
final class StorableText {

    private StorableText() {
    }

    static List<Violation> violationsIn(JsonValue document) {
        List<Violation> violations = new ArrayList<>();
        Deque<Map.Entry<JsonPointer, JsonValue>> pending = new ArrayDeque<>();
        pending.push(Map.entry(JsonPointer.ROOT, document));
        while (!pending.isEmpty()) {
            Map.Entry<JsonPointer, JsonValue> next = pending.pop();
            JsonPointer pointer = next.getKey();
            JsonValue value = next.getValue();
            if (value instanceof JsonString string && hasNul(string.value())) {
                violations.add(Violation.at(pointer.toString(), "contains a NUL character, which cannot be stored"));
            } else if (value instanceof JsonObject object) {
                for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                    if (hasNul(member.getKey())) {
                        violations.add(Violation.at(pointer.toString(), "has a member name with a NUL character, which cannot be stored"));
                    }
                    pending.push(Map.entry(pointer.child(member.getKey()), member.getValue()));
                }
            } else if (value instanceof JsonArray array) {
                for (int i = 0; i < array.elements().size(); i++) {
                    pending.push(Map.entry(pointer.index(i), array.elements().get(i)));
                }
            }
        }
        return violations;
    }

    private static boolean hasNul(String text) {
        return text.indexOf('\0') >= 0;
    }
}
