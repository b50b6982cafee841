package dev.plugbay.domain.version;

import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.version.Constraint.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces npm range syntax to {@link Constraint}s, following node-semver's desugaring: partial and
 * caret/tilde upper bounds are exclusive and end at the {@code -0} pre-release ({@code ^1.2.3} is
 * {@code >=1.2.3 <2.0.0-0}), so pre-releases of the next version never slip in.
 */
final class VersionRangeParser {

    private static final Pattern HYPHEN_RANGE = Pattern.compile("(\\S+)\\s+-\\s+(\\S+)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final List<Operator> OPERATORS_LONGEST_FIRST = List.of(
            Operator.LESS_OR_EQUAL, Operator.GREATER_OR_EQUAL, Operator.LESS, Operator.GREATER, Operator.EQUAL);
    private static final String CARET = "^";
    private static final String TILDE = "~";
    private static final String HYPHEN = "-";
    /** {@code <0.0.0-0}: nothing is lower, so nothing satisfies it. */
    private static final Constraint NOTHING =
            new Constraint(Operator.LESS, PartialVersion.lowestOf(new SemanticVersion(0, 0, 0, List.of(), List.of())));

    private VersionRangeParser() {
    }

    static List<ConstraintSet> parse(String text) {
        String range = text.strip();
        if (range.isEmpty()) {
            throw new VersionSyntaxException("it is empty");
        }
        List<ConstraintSet> alternatives = new ArrayList<>();
        for (String alternative : range.split("\\|\\|", -1)) {
            String trimmed = alternative.strip();
            if (trimmed.isEmpty()) {
                throw new VersionSyntaxException("there is nothing on one side of '||'");
            }
            alternatives.add(new ConstraintSet(constraintsOf(trimmed)));
        }
        return alternatives;
    }

    private static List<Constraint> constraintsOf(String alternative) {
        Matcher hyphen = HYPHEN_RANGE.matcher(alternative);
        if (hyphen.matches()) {
            List<Constraint> constraints = new ArrayList<>(
                    comparison(Operator.GREATER_OR_EQUAL, PartialVersion.parse(hyphen.group(1))));
            constraints.addAll(comparison(Operator.LESS_OR_EQUAL, PartialVersion.parse(hyphen.group(2))));
            return constraints;
        }
        List<Constraint> constraints = new ArrayList<>();
        for (String comparator : comparators(alternative)) {
            constraints.addAll(constraintsOfComparator(comparator));
        }
        return constraints;
    }

    /** Splits on whitespace, joining an operator written apart from its version ({@code >= 1.2.3}). */
    private static List<String> comparators(String alternative) {
        String[] tokens = WHITESPACE.split(alternative);
        List<String> comparators = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals(HYPHEN)) {
                throw new VersionSyntaxException("a hyphen range needs exactly one version on each side of ' - '");
            }
            if (!isOperator(tokens[i])) {
                comparators.add(tokens[i]);
            } else if (i + 1 < tokens.length && !isOperator(tokens[i + 1])) {
                comparators.add(tokens[i] + tokens[++i]);
            } else {
                throw new VersionSyntaxException("'" + MessageBounds.quote(tokens[i]) + "' must be followed by a version");
            }
        }
        return comparators;
    }

    private static List<Constraint> constraintsOfComparator(String comparator) {
        if (comparator.startsWith(CARET)) {
            return caret(PartialVersion.parse(comparator.substring(CARET.length())));
        }
        if (comparator.startsWith(TILDE)) {
            return tilde(PartialVersion.parse(comparator.substring(TILDE.length())));
        }
        for (Operator operator : OPERATORS_LONGEST_FIRST) {
            if (comparator.startsWith(operator.symbol())) {
                return comparison(operator, PartialVersion.parse(comparator.substring(operator.symbol().length())));
            }
        }
        return comparison(Operator.EQUAL, PartialVersion.parse(comparator));
    }

    /** {@code 1.2.3}, {@code =1.x}, {@code >=1.2}, {@code <1}...: an X-range under a comparison operator. */
    private static List<Constraint> comparison(Operator operator, PartialVersion version) {
        if (version.isAny()) {
            boolean strict = operator == Operator.LESS || operator == Operator.GREATER;
            return strict ? List.of(NOTHING) : List.of();
        }
        if (version.isFull()) {
            return List.of(new Constraint(operator, version.floor()));
        }
        SemanticVersion next = version.nextRelease(version.precision());
        return switch (operator) {
            case EQUAL -> List.of(atLeast(version.floor()), below(next));
            case GREATER_OR_EQUAL -> List.of(atLeast(version.floor()));
            case GREATER -> List.of(atLeast(next));
            case LESS -> List.of(below(version.floor()));
            case LESS_OR_EQUAL -> List.of(below(next));
        };
    }

    /** {@code ^1.2.3}: changes that do not modify the left-most non-zero number given. */
    private static List<Constraint> caret(PartialVersion version) {
        return version.isAny()
                ? List.of()
                : List.of(atLeast(version.floor()), below(version.nextRelease(version.caretSignificance())));
    }

    /** {@code ~1.2.3}: patch changes when a minor is given, minor changes otherwise. */
    private static List<Constraint> tilde(PartialVersion version) {
        return version.isAny()
                ? List.of()
                : List.of(atLeast(version.floor()), below(version.nextRelease(Math.min(version.precision(), 2))));
    }

    private static Constraint atLeast(SemanticVersion version) {
        return new Constraint(Operator.GREATER_OR_EQUAL, version);
    }

    /** Below {@code release} and below all of its pre-releases. */
    private static Constraint below(SemanticVersion release) {
        return new Constraint(Operator.LESS, PartialVersion.lowestOf(release));
    }

    private static boolean isOperator(String token) {
        return token.equals(CARET) || token.equals(TILDE)
                || OPERATORS_LONGEST_FIRST.stream().anyMatch(operator -> operator.symbol().equals(token));
    }
}
