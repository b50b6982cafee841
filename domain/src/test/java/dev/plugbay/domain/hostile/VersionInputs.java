package dev.plugbay.domain.hostile;

import dev.plugbay.domain.testing.property.Gen;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of versions and version ranges: small ones, drawn from few numbers and identifiers so
 * that equal and neighbouring versions meet often, the largest numbers a version can hold, text that
 * is almost a version or a range, and hostile text.
 */
final class VersionInputs {

    /** Pre-release identifiers that order in every way SemVer §11 allows: numeric, alphanumeric, longer. */
    private static final Gen<String> PRERELEASE_IDENTIFIER = Gen.elements("0", "1", "2", "10", "alpha", "beta", "rc", "a-b", "-", "0a", "Z");
    private static final Gen<String> BUILD_IDENTIFIER = Gen.elements("build", "001", "0", "x-y", "5114f85");
    private static final Gen<Long> SMALL_NUMBER = Gen.integers(0, 3).map(Integer::longValue);
    private static final Gen<Long> ANY_NUMBER = Gen.frequency(
            Gen.weight(4, SMALL_NUMBER),
            Gen.weight(1, Gen.elements(Long.MAX_VALUE, Long.MAX_VALUE - 1, 10_000_000_000L)),
            Gen.weight(1, random -> random.nextLong(Long.MAX_VALUE)));
    /** What turns a version into almost a version: separators, leading zeros, a 'v', digits that are not ASCII, overflow. */
    private static final List<String> NEAR_MISSES = List.of(
            "0", "00", "1", ".", "..", "-", "+", "v", "V", " ", "x", "X", "*", "a", "é", "\u0000", "\uD800", "٣", "１",
            "9223372036854775808", "99999999999999999999", "<", ">=", "^", "~", "||", " - ", "=");

    private VersionInputs() {
    }

    /** Versions of small numbers and few identifiers, so that equal and adjacent versions are common. */
    static Gen<SemanticVersion> smallVersions() {
        return versions(SMALL_NUMBER);
    }

    /** Versions whose numbers may be as large as a version allows. */
    static Gen<SemanticVersion> anyVersions() {
        return versions(ANY_NUMBER);
    }

    private static Gen<SemanticVersion> versions(Gen<Long> numbers) {
        Gen<List<String>> prerelease = Gen.frequency(
                Gen.weight(2, Gen.constant(List.of())), Gen.weight(1, PRERELEASE_IDENTIFIER.list(1, 3)));
        Gen<List<String>> build = Gen.frequency(
                Gen.weight(2, Gen.constant(List.of())), Gen.weight(1, BUILD_IDENTIFIER.list(1, 2)));
        return random -> new SemanticVersion(numbers.next(random), numbers.next(random), numbers.next(random),
                prerelease.next(random), build.next(random));
    }

    /**
     * Text for the version parser: printed versions, the same with a few edits (near misses), versions
     * around the length limit, and hostile text.
     */
    static Gen<String> versionTexts() {
        Gen<String> printed = anyVersions().map(SemanticVersion::toString);
        Gen<Integer> lengths = Gen.integers(SemanticVersion.MAX_LENGTH - 10, SemanticVersion.MAX_LENGTH + 10);
        Gen<String> aroundTheLimit = random -> {
            String core = "1.0.0" + (random.nextBoolean() ? "-" : "+");
            return core + "a".repeat(lengths.next(random) - core.length());
        };
        return Gen.oneOf(printed, HostileInputs.edited(printed, NEAR_MISSES), aroundTheLimit, HostileInputs.shortText(), HostileInputs.text());
    }

    /** A version in a range: a full version, or one with trailing numbers left out or written x, X or *. */
    record Partial(int precision, SemanticVersion version, String text) {
    }

    /** A comparator of a range: an operator ({@code ""} for none) and a partial version. */
    record Comparator(String operator, Partial version) {
    }

    /** One side of {@code ||}: comparators that must all hold, or a hyphen range {@code from - to}. */
    record Alternative(List<Comparator> comparators, boolean hyphen) {
    }

    /** A generated range: what it is made of, and its text (with the spacing npm allows). */
    record Range(List<Alternative> alternatives, String text) {

        /** The versions the range names (partial ones with zeros for what is left out). */
        List<SemanticVersion> versions() {
            return alternatives.stream().flatMap(alternative -> alternative.comparators().stream())
                    .map(comparator -> comparator.version().version()).toList();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static final List<String> OPERATORS = List.of("", "=", "<", "<=", ">", ">=", "^", "~");

    /** Ranges of small versions: every operator, X-ranges, hyphen ranges, {@code ||}, any spacing. */
    static Gen<Range> ranges() {
        Gen<Partial> partials = partials();
        Gen<String> operators = Gen.elements(OPERATORS);
        Gen<String> gaps = Gen.elements(" ", "  ", "\t", " \n ");
        Gen<String> operatorGaps = Gen.frequency(Gen.weight(3, Gen.constant("")), Gen.weight(1, gaps));
        Gen<String> bars = Gen.elements("||", " || ", "  ||\t");
        Gen<Integer> comparatorCounts = Gen.frequency(
                Gen.weight(3, Gen.constant(1)), Gen.weight(2, Gen.constant(2)), Gen.weight(1, Gen.constant(3)));
        Gen<Integer> alternativeCounts = Gen.integers(1, 3);
        return random -> {
            List<Alternative> alternatives = new ArrayList<>();
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : gaps.next(random));
            for (int a = alternativeCounts.next(random); a > 0; a--) {
                if (!alternatives.isEmpty()) {
                    text.append(bars.next(random));
                }
                if (random.nextInt(5) == 0) {
                    Partial from = partials.next(random);
                    Partial to = partials.next(random);
                    alternatives.add(new Alternative(List.of(new Comparator(">=", from), new Comparator("<=", to)), true));
                    text.append(from.text()).append(gaps.next(random)).append('-').append(gaps.next(random)).append(to.text());
                    continue;
                }
                List<Comparator> comparators = new ArrayList<>();
                for (int c = comparatorCounts.next(random); c > 0; c--) {
                    if (!comparators.isEmpty()) {
                        text.append(gaps.next(random));
                    }
                    String operator = operators.next(random);
                    Partial version = partials.next(random);
                    comparators.add(new Comparator(operator, version));
                    text.append(operator).append(operator.isEmpty() ? "" : operatorGaps.next(random)).append(version.text());
                }
                alternatives.add(new Alternative(comparators, false));
            }
            return new Range(alternatives, text.append(random.nextBoolean() ? "" : gaps.next(random)).toString());
        };
    }

    /**
     * Versions at and next to {@code version}, where a range's bounds are: the same numbers with
     * another pre-release or none, and the numbers one up or down.
     */
    static Gen<SemanticVersion> near(SemanticVersion version) {
        Gen<List<String>> prerelease = Gen.oneOf(Gen.constant(List.of()), PRERELEASE_IDENTIFIER.list(1, 2));
        long major = version.major();
        long minor = version.minor();
        long patch = version.patch();
        return Gen.oneOf(
                Gen.constant(version),
                prerelease.map(identifiers -> new SemanticVersion(major, minor, patch, identifiers, List.of())),
                prerelease.map(identifiers -> new SemanticVersion(major, minor, patch + 1, identifiers, List.of())),
                prerelease.map(identifiers -> new SemanticVersion(major, minor + 1, 0, identifiers, List.of())),
                prerelease.map(identifiers -> new SemanticVersion(major + 1, 0, 0, identifiers, List.of())),
                prerelease.map(identifiers -> new SemanticVersion(major, minor, Math.max(0, patch - 1), identifiers, List.of())),
                prerelease.map(identifiers -> new SemanticVersion(major, Math.max(0, minor - 1), patch, identifiers, List.of())));
    }

    /** Text for the range parser: generated ranges, the same with a few edits, and hostile text. */
    static Gen<String> rangeTexts() {
        Gen<String> printed = ranges().map(Range::text);
        Gen<String> large = anyVersions().map(version -> "^" + version);
        return Gen.oneOf(printed, HostileInputs.edited(printed, NEAR_MISSES), large, HostileInputs.edited(large, NEAR_MISSES),
                HostileInputs.shortText(), HostileInputs.text());
    }

    private static Gen<Partial> partials() {
        Gen<SemanticVersion> versions = smallVersions();
        Gen<String> wildcards = Gen.elements("x", "X", "*");
        return random -> {
            SemanticVersion version = versions.next(random);
            int precision = random.nextInt(4);
            if (precision == 3) {
                return new Partial(3, version, version.toString());
            }
            long[] numbers = {version.major(), version.minor(), version.patch()};
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < precision; i++) {
                parts.add(Long.toString(numbers[i]));
            }
            // Wildcards may fill the places left out, or not: 1, 1.x and 1.x.* are the same.
            for (int i = precision, written = precision + random.nextInt(4 - precision); i < written; i++) {
                parts.add(wildcards.next(random));
            }
            if (parts.isEmpty()) {
                parts.add(wildcards.next(random));
            }
            SemanticVersion floor = new SemanticVersion(precision > 0 ? numbers[0] : 0, precision > 1 ? numbers[1] : 0, 0,
                    List.of(), List.of());
            return new Partial(precision, floor, String.join(".", parts));
        };
    }
}
