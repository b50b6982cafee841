package dev.plugbay.domain.stac;

/**
 * Bounds on the size of a STAC {@code ui} tree.
 *
 * <p>{@code maxDepth}: an object or array has depth 1 at the root and one more than the object
 * or array that contains it; scalars add no level. {@code maxNodes}: every JSON value counts as
 * one node (objects, arrays, strings, numbers, booleans, nulls), the root included.
 * {@code maxSerializedBytes}: UTF-8 bytes of the compact JSON text.
 */
public record StacLimits(int maxDepth, int maxNodes, int maxSerializedBytes) {

    public static final StacLimits DEFAULT = new StacLimits(64, 5_000, 256 * 1024);

    /**
     * The size check serializes the tree with the recursive JSON writer, and does so only once the
     * tree is known to be no deeper than {@code maxDepth}; this cap keeps that recursion far from
     * the stack limit whatever is configured.
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
}
