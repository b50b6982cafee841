package dev.plugbay.domain.stac;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonPointer;
import dev.plugbay.domain.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Visits the values of a tree in document order. The walk keeps its place on a heap stack, never
 * recursing, and reaches children lazily, so a visitor that skips or stops bounds its cost
 * whatever the depth or width of the tree.
 */
final class DocumentOrder {

    /** What the walk does after a visit. */
    enum Next {
        /** Visit the value's children (if any), then go on. */
        ENTER,
        /** Go on past the value without visiting its children. */
        SKIP,
        /** End the walk. */
        STOP
    }

    interface Visitor {
        /**
         * @param containerDepth the depth of the value if it is an object or array (the root one
         *     has depth 1), else the depth of the object or array holding it (0 at the root)
         */
        Next visit(JsonValue value, JsonPointer pointer, int containerDepth);
    }

    private DocumentOrder() {
    }

    static void walk(JsonValue root, Visitor visitor) {
        Deque<Iterator<Node>> openContainers = new ArrayDeque<>();
        openContainers.push(List.of(new Node(root, JsonPointer.ROOT, 0)).iterator());
        while (!openContainers.isEmpty()) {
            Iterator<Node> siblings = openContainers.peek();
            if (!siblings.hasNext()) {
                openContainers.pop();
                continue;
            }
            Node node = siblings.next();
            Next next = visitor.visit(node.value(), node.pointer(), node.containerDepth());
            if (next == Next.STOP) {
                return;
            }
            if (next == Next.ENTER) {
                openContainers.push(node.children());
            }
        }
    }

    /** A value, where it is, and the container depth of the object or array holding it. */
    private record Node(JsonValue value, JsonPointer pointer, int parentDepth) {

        int containerDepth() {
            return value instanceof JsonObject || value instanceof JsonArray ? parentDepth + 1 : parentDepth;
        }

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
