package dev.plugbay.domain.stac;

import dev.plugbay.domain.error.MessageBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the {@code {{ path.to.value }}} template expressions inside one string.
 *
 * <p>A path is a dotted identifier path of at most {@value #MAX_PATH_SEGMENTS} segments and
 * {@value #MAX_PATH_LENGTH} characters. One pass reads the string from left to right, each
 * character once, and nothing recurses: {@code "}}"} repeated 200,000 times, or a path of 2,000
 * segments, costs what its length costs.
 */
final class TemplateExpressions {

    static final int MAX_PATH_SEGMENTS = 64;
    static final int MAX_PATH_LENGTH = 256;

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";
    private static final String NOT_A_PATH = "must name a dotted identifier path such as {{asset.id}}";

    private TemplateExpressions() {
    }

    /** One message per broken expression, in order; empty when every expression is fine. */
    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        int from = 0;
        while (true) {
            int delimiter = nextDelimiter(text, from);
            if (delimiter < 0) {
                return problems;
            }
            if (text.startsWith(CLOSE, delimiter)) {
                problems.add("Unbalanced template: '}}' without a matching '{{'");
                from = delimiter + CLOSE.length();
                continue;
            }
            int end = text.indexOf(CLOSE, delimiter + OPEN.length());
            if (end < 0) {
                problems.add("Unbalanced template: '{{' without a matching '}}'");
                return problems;
            }
            pathProblem(text.substring(delimiter + OPEN.length(), end).strip()).ifPresent(problem -> problems.add(
                    "Template " + MessageBounds.quote(text.substring(delimiter, end + CLOSE.length())) + " " + problem));
            from = end + CLOSE.length();
        }
    }

    /** The index of the first {@code {{} or {@code }}} at or after {@code from}, or -1. */
    private static int nextDelimiter(String text, int from) {
        for (int i = from; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && text.charAt(i + 1) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Why {@code path} is not a dotted identifier path within the limits, or empty when it is one. */
    private static Optional<String> pathProblem(String path) {
        if (path.length() > MAX_PATH_LENGTH) {
            return Optional.of("has a path longer than " + MAX_PATH_LENGTH + " characters");
        }
        int segments = 1;
        boolean segmentStart = true;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' && !segmentStart) {
                segments++;
                segmentStart = true;
            } else if (isIdentifierStart(c) || (!segmentStart && isDigit(c))) {
                segmentStart = false;
            } else {
                return Optional.of(NOT_A_PATH);
            }
        }
        if (segmentStart) {
            return Optional.of(NOT_A_PATH);
        }
        return segments > MAX_PATH_SEGMENTS
                ? Optional.of("has a path of more than " + MAX_PATH_SEGMENTS + " segments")
                : Optional.empty();
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
