package dev.plugbay.domain.version;

import dev.plugbay.domain.error.MessageBounds;
import java.util.Arrays;
import java.util.List;

/** The lexical rules of SemVer 2.0.0, shared by {@link SemanticVersion} and {@link VersionRange}. */
final class VersionSyntax {

    enum IdentifierKind {
        PRERELEASE("pre-release", '-', true),
        BUILD("build metadata", '+', false);

        private final String label;
        private final char separator;
        private final boolean numericIdentifiersAreNumbers;

        IdentifierKind(String label, char separator, boolean numericIdentifiersAreNumbers) {
            this.label = label;
            this.separator = separator;
            this.numericIdentifiersAreNumbers = numericIdentifiersAreNumbers;
        }
    }

    private VersionSyntax() {
    }

    /** Reads {@code MAJOR.MINOR.PATCH[-prerelease][+build]}. */
    static SemanticVersion version(String text) {
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw new VersionSyntaxException("whitespace is not allowed");
        }
        if (text.startsWith("v") || text.startsWith("V")) {
            throw new VersionSyntaxException("a leading 'v' is not allowed");
        }
        int plus = text.indexOf('+');
        String beforeBuild = plus < 0 ? text : text.substring(0, plus);
        List<String> build = plus < 0 ? List.of() : identifiers(IdentifierKind.BUILD, text.substring(plus + 1));
        int dash = beforeBuild.indexOf('-');
        String core = dash < 0 ? beforeBuild : beforeBuild.substring(0, dash);
        List<String> prerelease =
                dash < 0 ? List.of() : identifiers(IdentifierKind.PRERELEASE, beforeBuild.substring(dash + 1));
        String[] numbers = core.split("\\.", -1);
        if (numbers.length != 3) {
            throw new VersionSyntaxException("expected MAJOR.MINOR.PATCH");
        }
        return new SemanticVersion(
                number("major version", numbers[0]),
                number("minor version", numbers[1]),
                number("patch version", numbers[2]),
                prerelease,
                build);
    }

    /** Reads one version number: ASCII digits, no leading zero, within {@code long}. */
    static long number(String role, String digits) {
        if (digits.isEmpty()) {
            throw new VersionSyntaxException("the " + role + " is missing");
        }
        if (!digits.chars().allMatch(VersionSyntax::isAsciiDigit)) {
            throw new VersionSyntaxException("the " + role + " '" + MessageBounds.quote(digits) + "' is not a non-negative integer");
        }
        if (hasLeadingZero(digits)) {
            throw new VersionSyntaxException("the " + role + " '" + MessageBounds.quote(digits) + "' has a leading zero");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            throw new VersionSyntaxException("the " + role + " '" + MessageBounds.quote(digits) + "' is too large");
        }
    }

    static void requireValidIdentifiers(IdentifierKind kind, List<String> identifiers) {
        for (String identifier : identifiers) {
            if (identifier.isEmpty()) {
                throw new VersionSyntaxException(kind.label + " identifiers must not be empty");
            }
            if (!identifier.chars().allMatch(VersionSyntax::isIdentifierCharacter)) {
                throw new VersionSyntaxException(kind.label + " identifier '" + MessageBounds.quote(identifier)
                        + "' may contain only ASCII letters, digits and '-'");
            }
            if (kind.numericIdentifiersAreNumbers && isNumeric(identifier) && hasLeadingZero(identifier)) {
                throw new VersionSyntaxException(
                        "numeric " + kind.label + " identifier '" + MessageBounds.quote(identifier) + "' has a leading zero");
            }
        }
    }

    static boolean isNumeric(String identifier) {
        return !identifier.isEmpty() && identifier.chars().allMatch(VersionSyntax::isAsciiDigit);
    }

    private static List<String> identifiers(IdentifierKind kind, String dotted) {
        if (dotted.isEmpty()) {
            throw new VersionSyntaxException("the " + kind.label + " after '" + kind.separator + "' is empty");
        }
        List<String> identifiers = Arrays.asList(dotted.split("\\.", -1));
        requireValidIdentifiers(kind, identifiers);
        return identifiers;
    }

    private static boolean hasLeadingZero(String digits) {
        return digits.length() > 1 && digits.charAt(0) == '0';
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierCharacter(int c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    }
}
