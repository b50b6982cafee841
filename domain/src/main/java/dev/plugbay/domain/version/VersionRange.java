package dev.plugbay.domain.version;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.MessageBounds;
import java.util.List;
import java.util.Objects;

/**
 * An npm-style version range, as in {@code requires.host}: {@code *}, {@code 1.2.3}, comparisons
 * ({@code >=1.0.0 <2.0.0}), caret, tilde, X-ranges ({@code 1.x}), hyphen ranges
 * ({@code 1.2.3 - 2.3}) and {@code ||} alternatives. A pre-release is only included when the range
 * names a pre-release of the same MAJOR.MINOR.PATCH, as in npm.
 */
public final class VersionRange {

    private final String text;
    private final List<ConstraintSet> alternatives;

    private VersionRange(String text, List<ConstraintSet> alternatives) {
        this.text = text;
        this.alternatives = List.copyOf(alternatives);
    }

    public static VersionRange parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return new VersionRange(text, VersionRangeParser.parse(text));
        } catch (VersionSyntaxException e) {
            throw new InvalidRequestException("'" + MessageBounds.quote(text) + "' is not a version range: " + e.getMessage());
        }
    }

    public boolean includes(SemanticVersion version) {
        Objects.requireNonNull(version, "version");
        return alternatives.stream().anyMatch(alternative -> alternative.includes(version));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VersionRange that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The text as written. */
    @Override
    public String toString() {
        return text;
    }
}
