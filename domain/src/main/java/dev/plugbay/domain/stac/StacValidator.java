package dev.plugbay.domain.stac;

import dev.plugbay.domain.error.InvalidStacException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonPointer;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Validates a plugin's STAC {@code ui} tree (DOMAIN.md, "STAC ui validation"). The tree is pure
 * data that clients render; the server only checks it.
 *
 * <p>The walk is iterative and visits values in document order. It skips the contents of an
 * object or array deeper than the depth limit and stops at the first value over the node limit,
 * so its cost is bounded by the limits whatever the input's size or depth. Each crossed limit is
 * reported once.
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
        boolean withinDepthLimit = walk(ui, violations);
        if (withinDepthLimit) {
            checkSerializedSize(ui, violations);
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

    /**
     * Checks every value the limits let it reach.
     *
     * @return whether the whole tree was seen and is no deeper than the limit, which makes it safe
     *     to hand to the recursive JSON writer
     */
    private boolean walk(JsonValue ui, List<Violation> violations) {
        Deque<Iterator<Node>> openContainers = new ArrayDeque<>();
        openContainers.push(List.of(new Node(ui, JsonPointer.ROOT, 0)).iterator());
        int visitedNodes = 0;
        boolean depthLimitCrossed = false;
        while (!openContainers.isEmpty()) {
            Iterator<Node> siblings = openContainers.peek();
            if (!siblings.hasNext()) {
                openContainers.pop();
                continue;
            }
            Node node = siblings.next();
            if (++visitedNodes > limits.maxNodes()) {
                violations.add(Violation.at(node.pointer().toString(),
                        "The ui tree has more than " + limits.maxNodes() + " nodes"));
                return false;
            }
            if (node.containerDepth() > limits.maxDepth()) {
                if (!depthLimitCrossed) {
                    violations.add(Violation.at(node.pointer().toString(),
                            "The ui tree is nested deeper than " + limits.maxDepth() + " levels"));
                    depthLimitCrossed = true;
                }
                continue;
            }
            checkNode(node, violations);
            openContainers.push(node.children());
        }
        return !depthLimitCrossed;
    }

    private void checkNode(Node node, List<Violation> violations) {
        if (node.value() instanceof JsonObject object) {
            objectRules.check(object, node.pointer(), violations);
        } else if (node.value() instanceof JsonString string) {
            TemplateExpressions.problems(string.value())
                    .forEach(problem -> violations.add(Violation.at(node.pointer().toString(), problem)));
        }
    }

    private void checkSerializedSize(JsonValue ui, List<Violation> violations) {
        int bytes = ui.toJson().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxSerializedBytes()) {
            violations.add(Violation.at(JsonPointer.ROOT.toString(), "The ui tree serializes to " + bytes
                    + " bytes, more than the limit of " + limits.maxSerializedBytes()));
        }
    }

    /**
     * A value and where it is. {@code parentDepth} is the container depth of the enclosing object
     * or array (0 for the root); see {@link StacLimits} for the definition.
     */
    private record Node(JsonValue value, JsonPointer pointer, int parentDepth) {

        int containerDepth() {
            return isContainer() ? parentDepth + 1 : parentDepth;
        }

        private boolean isContainer() {
            return value instanceof JsonObject || value instanceof JsonArray;
        }

        /** Lazily, so a huge object or array costs nothing past the node limit. */
        Iterator<Node> children() {
            int depth = containerDepth();
            if (value instanceof JsonObject object) {
                return object.members().entrySet().stream()
                        .map(member -> new Node(member.getValue(), pointer.child(member.getKey()), depth))
                        .iterator();
            }
            if (value instanceof JsonArray array) {
                return IntStream.range(0, array.elements().size())
                        .mapToObj(index -> new Node(array.elements().get(index), pointer.index(index), depth))
                        .iterator();
            }
            return Collections.emptyIterator();
        }
    }
}
