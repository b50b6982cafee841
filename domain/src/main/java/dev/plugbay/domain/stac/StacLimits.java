package dev.plugbay.domain.stac;

import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonPointer;
import dev.plugbay.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds on the size of a STAC {@code ui} tree, and their check.
 *
 * <p>{@code maxDepth}: an object or array has depth 1 at the root and one more than the object
 * or array that contains it; scalars add no level. {@code maxNodes}: every JSON value counts as
 * one node (objects, arrays, strings, numbers, booleans, nulls), the root included.
 * {@code maxSerializedBytes}: UTF-8 bytes of the compact JSON text.
 */
public record StacLimits(int maxDepth, int maxNodes, int maxSerializedBytes) {

    public static final StacLimits DEFAULT = new StacLimits(64, 5_000, 256 * 1024);

    /**
     * A tree that passes is written back to callers by serializers that recurse once per level
     * (the REST adapter's); this cap keeps them far from the stack limit whatever is configured.
     */
    static final int MAX_SUPPORTED_DEPTH = 1_000;

    public StacLimits {
        if (maxDepth < 1 || maxDepth > MAX_SUPPORTED_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_SUPPORTED_DEPTH
                    + ", got " + maxDepth);
        }
        if (maxNodes < 1) {
            throw new IllegalArgumentException("maxNodes must be positive, got " + maxNodes);
        }
        if (maxSerializedBytes < 1) {
            throw new IllegalArgumentException("maxSerializedBytes must be positive, got " + maxSerializedBytes);
        }
    }

    /**
     * The limits {@code ui} crosses, each reported once where it is first crossed (the size at the
     * root). The cost is bounded by the limits, not by the tree: serializing stops past the size
     * limit, the walk ({@link DocumentOrder}) stops past the node limit and does not enter what
     * lies deeper than the depth limit, so a 100,000-deep tree fails cleanly.
     */
    List<Violation> crossedBy(JsonValue ui) {
        List<Violation> violations = new ArrayList<>();
        if (!ui.serializesWithin(maxSerializedBytes)) {
            violations.add(Violation.at(JsonPointer.ROOT.toString(),
                    "The ui tree is larger than " + maxSerializedBytes + " bytes as compact JSON"));
        }
        DocumentOrder.walk(ui, new NodeAndDepthCount(violations));
        return violations;
    }

    /** Counts nodes up to the node limit and reports the first node past it, and the first container too deep. */
    private final class NodeAndDepthCount implements DocumentOrder.Visitor {

        private final List<Violation> violations;
        private int visitedNodes;
        private boolean depthLimitCrossed;

        NodeAndDepthCount(List<Violation> violations) {
            this.violations = violations;
        }

        @Override
        public DocumentOrder.Next visit(JsonValue value, JsonPointer pointer, int containerDepth) {
            if (++visitedNodes > maxNodes) {
                violations.add(Violation.at(pointer.toString(), "The ui tree has more than " + maxNodes + " nodes"));
                return DocumentOrder.Next.STOP;
            }
            if (containerDepth > maxDepth) {
                if (!depthLimitCrossed) {
                    violations.add(Violation.at(pointer.toString(),
                            "The ui tree is nested deeper than " + maxDepth + " levels"));
                    depthLimitCrossed = true;
                }
                return DocumentOrder.Next.SKIP;
            }
            return DocumentOrder.Next.ENTER;
        }
    }
}
