package dev.plugbay.domain.host;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Where a symbolic link inside a plugin tree points (HOST.md "Local install" step 4): its target is
 * resolved from the link's own folder, by path arithmetic alone, and must stay inside the tree.
 * Absolute targets and targets that climb above the tree's root are refused.
 */
public final class TreeLink {

    private TreeLink() {
    }

    /**
     * The target of the link at {@code linkPath} (relative to the tree's root, {@code /}-separated),
     * as a path relative to the root ({@code ""} for the root itself), or empty when it leaves the tree.
     */
    public static Optional<String> resolveInside(String linkPath, String target) {
        if (target.isEmpty() || target.startsWith("/")) {
            return Optional.empty();
        }
        Deque<String> resolved = new ArrayDeque<>();
        String[] linkSegments = linkPath.split("/");
        for (int i = 0; i < linkSegments.length - 1; i++) {
            if (!linkSegments[i].isEmpty()) {
                resolved.addLast(linkSegments[i]);
            }
        }
        for (String segment : target.split("/")) {
            if (segment.equals("..")) {
                if (resolved.isEmpty()) {
                    return Optional.empty();
                }
                resolved.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                resolved.addLast(segment);
            }
        }
        return Optional.of(String.join("/", resolved));
    }
}
