package dev.plugbay.domain.stac;

import dev.plugbay.domain.error.InvalidStacException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonPointer;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates a plugin's STAC {@code ui} tree (DOMAIN.md, "STAC ui validation"). The tree is pure
 * data that clients render; the server only checks it.
 *
 * <p>The size limits come first ({@link StacLimits#crossedBy}, whose cost the limits bound): a
 * tree over any of them is refused for that alone. Only a tree within them has every value
 * checked, in document order, so the whole validation costs at most what the limits allow.
 */
public final class StacValidator {

    private final StacObjectRules objectRules;
    private final StacLimits limits;

    public StacValidator(StacVocabulary vocabulary, StacLimits limits) {
        this.objectRules = new StacObjectRules(Objects.requireNonNull(vocabulary, "vocabulary"));
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Every violation in the tree, each with its JSON Pointer relative to the {@code ui} root. */
    public List<Violation> validate(JsonValue ui) {
        Objects.requireNonNull(ui, "ui");
        List<Violation> violations = new ArrayList<>();
        checkRoot(ui, violations);
        List<Violation> crossedLimits = limits.crossedBy(ui);
        if (crossedLimits.isEmpty()) {
            DocumentOrder.walk(ui, (value, pointer, containerDepth) -> {
                checkValue(value, pointer, violations);
                return DocumentOrder.Next.ENTER;
            });
        } else {
            violations.addAll(crossedLimits);
        }
        return List.copyOf(violations);
    }

    public void requireValid(JsonValue ui) {
        List<Violation> violations = validate(ui);
        if (!violations.isEmpty()) {
            throw new InvalidStacException("Invalid STAC ui", violations);
        }
    }

    private static void checkRoot(JsonValue ui, List<Violation> violations) {
        if (!(ui instanceof JsonObject root)) {
            violations.add(Violation.at(JsonPointer.ROOT.toString(), "The ui root must be a JSON object, got " + ui.typeName()));
        } else if (!root.has("type")) {
            violations.add(Violation.at(JsonPointer.ROOT.toString(), "The ui root must be a widget with a type"));
        }
    }

    private void checkValue(JsonValue value, JsonPointer pointer, List<Violation> violations) {
        if (value instanceof JsonObject object) {
            objectRules.check(object, pointer, violations);
        } else if (value instanceof JsonString string) {
            TemplateExpressions.problems(string.value())
                    .forEach(problem -> violations.add(Violation.at(pointer.toString(), problem)));
        }
    }
}
