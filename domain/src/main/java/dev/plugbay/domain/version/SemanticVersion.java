package dev.plugbay.domain.version;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.version.VersionSyntax.IdentifierKind;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A strict SemVer 2.0.0 version of at most {@value #MAX_LENGTH} characters in all (DOMAIN.md).
 *
 * <p>Record equality is structural and includes the build metadata. Precedence ({@link #compareTo})
 * ignores build metadata, as §11 demands, and so does release uniqueness ({@link #isSameReleaseAs}):
 * {@code 1.0.0+a} and {@code 1.0.0+b} are different values but the same release.
 */
public record SemanticVersion(long major, long minor, long patch, List<String> prerelease, List<String> build)
        implements Comparable<SemanticVersion> {

    private static final Comparator<SemanticVersion> PRECEDENCE = Comparator
            .comparingLong(SemanticVersion::major)
            .thenComparingLong(SemanticVersion::minor)
            .thenComparingLong(SemanticVersion::patch)
            .thenComparing(SemanticVersion::prerelease, SemanticVersion::comparePrereleases);

    /** The longest version text, pre-release and build included; every database column that stores a version holds it. */
    public static final int MAX_LENGTH = 256;

    public SemanticVersion {
        prerelease = List.copyOf(prerelease);
        build = List.copyOf(build);
        try {
            requireAtMostMaxLength(format(major, minor, patch, prerelease, build));
            requireNotNegative("major version", major);
            requireNotNegative("minor version", minor);
            requireNotNegative("patch version", patch);
            VersionSyntax.requireValidIdentifiers(IdentifierKind.PRERELEASE, prerelease);
            VersionSyntax.requireValidIdentifiers(IdentifierKind.BUILD, build);
        } catch (VersionSyntaxException e) {
            throw notASemanticVersion(format(major, minor, patch, prerelease, build), e);
        }
    }

    /** Reads {@code MAJOR.MINOR.PATCH[-prerelease][+build]} strictly: nothing is trimmed or coerced. */
    public static SemanticVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            requireAtMostMaxLength(text);
            return VersionSyntax.version(text);
        } catch (VersionSyntaxException e) {
            throw notASemanticVersion(text, e);
        }
    }

    public boolean isPrerelease() {
        return !prerelease.isEmpty();
    }

    /** Equal ignoring build metadata: such versions may not both be published. */
    public boolean isSameReleaseAs(SemanticVersion other) {
        return compareTo(other) == 0;
    }

    public SemanticVersion withoutBuild() {
        return build.isEmpty() ? this : new SemanticVersion(major, minor, patch, prerelease, List.of());
    }

    /** SemVer §11 precedence; build metadata is ignored. */
    @Override
    public int compareTo(SemanticVersion other) {
        return PRECEDENCE.compare(this, other);
    }

    @Override
    public String toString() {
        return format(major, minor, patch, prerelease, build);
    }

    private static int comparePrereleases(List<String> left, List<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            // A release outranks any of its pre-releases.
            return Boolean.compare(left.isEmpty(), right.isEmpty());
        }
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int byIdentifier = compareIdentifiers(left.get(i), right.get(i));
            if (byIdentifier != 0) {
                return byIdentifier;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int compareIdentifiers(String left, String right) {
        boolean leftNumeric = VersionSyntax.isNumeric(left);
        boolean rightNumeric = VersionSyntax.isNumeric(right);
        if (leftNumeric && rightNumeric) {
            // Without leading zeros, the longer number is the larger; this never overflows.
            int byLength = Integer.compare(left.length(), right.length());
            return byLength != 0 ? byLength : left.compareTo(right);
        }
        if (leftNumeric != rightNumeric) {
            return leftNumeric ? -1 : 1;
        }
        return left.compareTo(right);
    }

    private static void requireAtMostMaxLength(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new VersionSyntaxException("it has " + text.length() + " characters; a version has at most "
                    + MAX_LENGTH + " characters");
        }
    }

    private static void requireNotNegative(String role, long number) {
        if (number < 0) {
            throw new VersionSyntaxException("the " + role + " must not be negative");
        }
    }

    private static String format(long major, long minor, long patch, List<String> prerelease, List<String> build) {
        StringBuilder text = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (!prerelease.isEmpty()) {
            text.append('-').append(String.join(".", prerelease));
        }
        if (!build.isEmpty()) {
            text.append('+').append(String.join(".", build));
        }
        return text.toString();
    }

    private static InvalidRequestException notASemanticVersion(String text, VersionSyntaxException problem) {
        return new InvalidRequestException("'" + MessageBounds.quote(text) + "' is not a semantic version: " + problem.getMessage());
    }
}
