package dev.plugbay.domain.stac;

import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonPointer;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for one object of a {@code ui} tree: widgets ({@code type}), actions
 * ({@code actionType}), method-call actions ({@code method} and {@code params}) and URL members.
 * Errors about what a widget or action is point at that object; errors about a URL point at the
 * URL string.
 */
final class StacObjectRules {

    private static final Pattern METHOD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final StacVocabulary vocabulary;

    StacObjectRules(StacVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void check(JsonObject object, JsonPointer at, List<Violation> violations) {
        object.get("type").ifPresent(type ->
                checkName(type, vocabulary.widgetTypes(), "widget type", at, violations));
        object.get("actionType").ifPresent(actionType ->
                checkName(actionType, vocabulary.actionTypes(), "actionType", at, violations));
        if (isMethodCall(object)) {
            checkMethodCall(object, at, violations);
        }
        object.members().forEach((key, value) -> {
            if (UrlReferences.URL_KEYS.contains(key) && value instanceof JsonString url) {
                UrlReferences.problem(url.value())
                        .ifPresent(problem -> violations.add(Violation.at(at.child(key).toString(), problem)));
            }
        });
    }

    private static void checkName(JsonValue name, Set<String> known, String kind, JsonPointer at,
            List<Violation> violations) {
        if (!(name instanceof JsonString string)) {
            violations.add(Violation.at(at.toString(), "Expected a string " + kind + ", got " + name.typeName()));
        } else if (!known.contains(string.value())) {
            violations.add(Violation.at(at.toString(), "Unknown " + kind + ": " + MessageBounds.quote(string.value())));
        }
    }

    /**
     * The docs' {@code {"method": ..., "params": {...}}} objects (neither widget nor typed action),
     * and {@code invenicum_sdk} actions, which name their SDK call the same way. Other actions
     * may use {@code method} for something else (an HTTP method in {@code networkRequest}).
     */
    private static boolean isMethodCall(JsonObject object) {
        if (!object.has("method") || object.has("type")) {
            return false;
        }
        Optional<JsonValue> actionType = object.get("actionType");
        return actionType.isEmpty()
                || actionType.get().equals(new JsonString(StacVocabulary.INVENICUM_SDK_ACTION));
    }

    private static void checkMethodCall(JsonObject object, JsonPointer at, List<Violation> violations) {
        JsonValue method = object.get("method").orElseThrow();
        if (!(method instanceof JsonString name)) {
            violations.add(Violation.at(at.toString(), "Action method must be a string, got " + method.typeName()));
        } else if (!METHOD_NAME.matcher(name.value()).matches()) {
            violations.add(Violation.at(at.toString(), "Action method must be an identifier, got: " + MessageBounds.quote(name.value())));
        }
        object.get("params")
                .filter(params -> !(params instanceof JsonObject))
                .ifPresent(params -> violations.add(
                        Violation.at(at.toString(), "Action params must be an object, got " + params.typeName())));
    }
}
