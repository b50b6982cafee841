package dev.plugbay.domain.stac;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The actions of a STAC tree that run on the server (RUNTIME.md "Action bridge"): objects with a
 * string {@code method} and no {@code actionType} ({@code {"method": "runQualityCheck", "params": {...}}});
 * an object with an {@code actionType} is a client action, such as Invenicum's SDK calls.
 */
public final class ServerActions {

    private ServerActions() {
    }

    /** The methods the tree's server actions name, in document order. */
    public static Set<String> methods(JsonValue ui) {
        Set<String> methods = new LinkedHashSet<>();
        Deque<JsonValue> pending = new ArrayDeque<>();
        pending.push(ui);
        while (!pending.isEmpty()) {
            JsonValue node = pending.pop();
            if (node instanceof JsonObject object) {
                if (!object.has("actionType") && object.get("method").orElse(null) instanceof JsonString method) {
                    methods.add(method.value());
                }
                object.members().values().forEach(pending::push);
            } else if (node instanceof JsonArray array) {
                array.elements().forEach(pending::push);
            }
        }
        return methods;
    }
}
