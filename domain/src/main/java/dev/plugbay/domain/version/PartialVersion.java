package dev.plugbay.domain.version;

import dev.plugbay.domain.error.MessageBounds;
import java.util.List;

/**
 * A version in a range, where trailing numbers may be left out or written as {@code x}, {@code X} or
 * {@code *}: {@code 1}, {@code 1.2.x}, {@code *}.
 *
 * @param precision how many leading numbers are given, 0 to 3; only a full version (3) may carry a
 *                  pre-release
 * @param floor     the lowest version covered: the given numbers, zeros for the rest
 */
record PartialVersion(int precision, SemanticVersion floor) {

    static final int FULL = 3;
    private static final List<String> ROLES = List.of("major version", "minor version", "patch version");

    static PartialVersion parse(String text) {
        int suffix = indexOfAny(text, '-', '+');
        String[] parts = (suffix < 0 ? text : text.substring(0, suffix)).split("\\.", -1);
        if (parts.length > FULL) {
            throw new VersionSyntaxException("'" + MessageBounds.quote(text) + "' has more than MAJOR.MINOR.PATCH");
        }
        int precision = 0;
        while (precision < parts.length && !isWildcard(parts[precision])) {
            precision++;
        }
        for (int i = precision; i < parts.length; i++) {
            if (!isWildcard(parts[i])) {
                throw new VersionSyntaxException("'" + MessageBounds.quote(text) + "' has a number after a wildcard");
            }
        }
        if (precision == FULL) {
            return new PartialVersion(FULL, VersionSyntax.version(text));
        }
        long[] numbers = new long[FULL];
        for (int i = 0; i < precision; i++) {
            numbers[i] = VersionSyntax.number(ROLES.get(i), parts[i]);
        }
        if (suffix >= 0) {
            throw new VersionSyntaxException(
                    "'" + MessageBounds.quote(text) + "' has a pre-release or build but not all of MAJOR.MINOR.PATCH");
        }
        return new PartialVersion(precision, release(numbers[0], numbers[1], numbers[2]));
    }

    boolean isFull() {
        return precision == FULL;
    }

    boolean isAny() {
        return precision == 0;
    }

    /**
     * The first release above everything that the first {@code significant} numbers cover:
     * {@code 1.2.3} gives {@code 2.0.0} for 1, {@code 1.3.0} for 2, {@code 1.2.4} for 3.
     */
    SemanticVersion nextRelease(int significant) {
        long major = floor.major();
        long minor = floor.minor();
        long patch = floor.patch();
        return switch (significant) {
            case 1 -> release(increment(major), 0, 0);
            case 2 -> release(major, increment(minor), 0);
            case 3 -> release(major, minor, increment(patch));
            default -> throw new IllegalArgumentException("significant must be 1 to 3: " + significant);
        };
    }

    /** How many numbers a caret keeps fixed: up to and including the first non-zero one given. */
    int caretSignificance() {
        long[] numbers = {floor.major(), floor.minor(), floor.patch()};
        for (int i = 0; i < precision; i++) {
            if (numbers[i] != 0) {
                return i + 1;
            }
        }
        return precision;
    }

    /** The lowest version with the same numbers as {@code release}: its {@code -0} pre-release. */
    static SemanticVersion lowestOf(SemanticVersion release) {
        return new SemanticVersion(release.major(), release.minor(), release.patch(), List.of("0"), List.of());
    }

    private static SemanticVersion release(long major, long minor, long patch) {
        return new SemanticVersion(major, minor, patch, List.of(), List.of());
    }

    private static long increment(long number) {
        if (number == Long.MAX_VALUE) {
            throw new VersionSyntaxException("the version number " + number + " is too large to have a successor");
        }
        return number + 1;
    }

    private static boolean isWildcard(String part) {
        return part.equals("x") || part.equals("X") || part.equals("*");
    }

    private static int indexOfAny(String text, char first, char second) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == first || text.charAt(i) == second) {
                return i;
            }
        }
        return -1;
    }
}
