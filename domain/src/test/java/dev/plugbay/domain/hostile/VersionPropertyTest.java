package dev.plugbay.domain.hostile;

import static dev.plugbay.domain.hostile.BoundedWork.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.hostile.VersionInputs.Alternative;
import dev.plugbay.domain.hostile.VersionInputs.Comparator;
import dev.plugbay.domain.hostile.VersionInputs.Partial;
import dev.plugbay.domain.hostile.VersionInputs.Range;
import dev.plugbay.domain.testing.property.Gen;
import dev.plugbay.domain.testing.property.Property;
import dev.plugbay.domain.version.SemanticVersion;
import dev.plugbay.domain.version.VersionRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, "Fuzzing in the build": SemVer and version ranges. Any text is read or refused with the
 * domain's own bounded error; what is read prints back to itself; precedence is a total order that
 * ignores exactly the build metadata; and a range includes exactly the versions npm's rules say,
 * checked against a model of those rules written from the documentation, not from the parser.
 */
class VersionPropertyTest {

    @Test
    void anyTextIsReadAsAVersionThatPrintsBackToItOrRefusedWithTheDomainsOwnError() {
        Property.forAll(VersionInputs.versionTexts()).tries(400).check(text ->
                answer(() -> SemanticVersion.parse(text)).ifPresent(version -> {
                    assertEquals(text, version.toString());
                    assertTrue(text.length() <= SemanticVersion.MAX_LENGTH, text.length() + " characters");
                }));
    }

    @Test
    void aVersionPrintsAndReadsBackToAnEqualVersion() {
        Property.forAll(VersionInputs.anyVersions()).tries(300).check(version ->
                assertEquals(version, SemanticVersion.parse(version.toString())));
    }

    @Test
    void precedenceIsATotalOrderThatIgnoresExactlyTheBuildMetadata() {
        record Three(SemanticVersion a, SemanticVersion b, SemanticVersion c) {
        }
        Gen<SemanticVersion> versions = VersionInputs.smallVersions();

        Property.forAll(random -> new Three(versions.next(random), versions.next(random), versions.next(random))).tries(1_000)
                .check(three -> {
                    SemanticVersion a = three.a();
                    SemanticVersion b = three.b();
                    SemanticVersion c = three.c();
                    assertEquals(0, a.compareTo(a));
                    assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)), "antisymmetric");
                    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                        assertTrue(a.compareTo(c) <= 0, "transitive");
                    }
                    if (a.compareTo(b) == 0) {
                        assertEquals(Integer.signum(a.compareTo(c)), Integer.signum(b.compareTo(c)), "equal versions order alike");
                    }
                    assertEquals(a.compareTo(b) == 0, a.withoutBuild().equals(b.withoutBuild()), "equal exactly up to build metadata");
                    assertEquals(a.compareTo(b) == 0, a.isSameReleaseAs(b));
                    int byNumbers = compareNumbers(a, b);
                    if (byNumbers != 0) {
                        assertEquals(byNumbers, Integer.signum(a.compareTo(b)), "MAJOR.MINOR.PATCH decide first");
                    } else if (a.isPrerelease() != b.isPrerelease()) {
                        assertEquals(a.isPrerelease() ? -1 : 1, Integer.signum(a.compareTo(b)), "a pre-release precedes its release");
                    }
                });
    }

    @Test
    void anyTextIsReadAsARangeThatPrintsBackToItOrRefusedWithTheDomainsOwnError() {
        record RangeAndVersion(String range, SemanticVersion version) {
        }
        Gen<RangeAndVersion> inputs = Gen.zip(VersionInputs.rangeTexts(), VersionInputs.anyVersions(), RangeAndVersion::new);

        Property.forAll(inputs).tries(400)
                .check(input -> answer(() -> VersionRange.parse(input.range())).ifPresent(range -> {
                    assertEquals(input.range(), range.toString());
                    VersionRange again = VersionRange.parse(range.toString());
                    assertEquals(range, again);
                    assertEquals(range.includes(input.version()), again.includes(input.version()));
                }));
    }

    @Test
    void aRangeIncludesExactlyTheVersionsNpmsRulesInclude() {
        record RangeAndVersion(Range range, SemanticVersion version) {
        }
        Gen<Range> ranges = VersionInputs.ranges();
        Gen<SemanticVersion> versions = VersionInputs.smallVersions();

        Gen<RangeAndVersion> inputs = random -> {
            Range range = ranges.next(random);
            List<SemanticVersion> named = range.versions();
            SemanticVersion version = random.nextBoolean()
                    ? versions.next(random)
                    : VersionInputs.near(named.get(random.nextInt(named.size()))).next(random);
            return new RangeAndVersion(range, version);
        };

        Property.forAll(inputs).tries(2_000).check(input -> {
            VersionRange range = VersionRange.parse(input.range().text());
            SemanticVersion version = input.version();

            assertEquals(NpmRules.includes(input.range(), version), range.includes(version),
                    "'" + input.range() + "' includes " + version);
        });
    }

    @Test
    void aRangeOfOneVersionIncludesExactlyThatVersionWhateverItsBuild() {
        record Two(SemanticVersion a, SemanticVersion b) {
        }
        Gen<SemanticVersion> versions = VersionInputs.smallVersions();

        Property.forAll(Gen.zip(versions, versions, Two::new)).tries(500).check(two ->
                assertEquals(two.a().compareTo(two.b()) == 0, VersionRange.parse(two.a().toString()).includes(two.b())));
    }

    private static int compareNumbers(SemanticVersion a, SemanticVersion b) {
        int byMajor = Long.compare(a.major(), b.major());
        int byMinor = Long.compare(a.minor(), b.minor());
        return Integer.signum(byMajor != 0 ? byMajor : byMinor != 0 ? byMinor : Long.compare(a.patch(), b.patch()));
    }

    /**
     * npm's range rules as its documentation states them, for small versions: a comparator with a
     * full version compares by precedence; a partial version stands for every version it covers
     * ({@code 1.2} is any 1.2.x); caret allows changes right of the first non-zero number given, tilde
     * patch changes (or minor ones when only a major is given); {@code A - B} is {@code >=A <=B}. A
     * pre-release is included only when some comparator of its alternative names a pre-release of
     * the same MAJOR.MINOR.PATCH.
     */
    private static final class NpmRules {

        static boolean includes(Range range, SemanticVersion version) {
            return range.alternatives().stream().anyMatch(alternative -> includes(alternative, version));
        }

        private static boolean includes(Alternative alternative, SemanticVersion version) {
            boolean allHold = alternative.comparators().stream().allMatch(comparator -> holds(comparator, version));
            return allHold && (!version.isPrerelease()
                    || alternative.comparators().stream().anyMatch(comparator -> optsIn(comparator.version(), version)));
        }

        private static boolean optsIn(Partial partial, SemanticVersion version) {
            return partial.precision() == 3 && partial.version().isPrerelease() && sameNumbers(partial.version(), version);
        }

        /** Whether {@code version} meets the comparator, the pre-release rule aside. */
        private static boolean holds(Comparator comparator, SemanticVersion version) {
            Partial partial = comparator.version();
            String operator = comparator.operator();
            return switch (partial.precision()) {
                case 0 -> !operator.equals("<") && !operator.equals(">");
                case 3 -> holdsForFullVersion(operator, partial.version(), version);
                default -> holdsForPartial(operator, partial, version);
            };
        }

        private static boolean holdsForFullVersion(String operator, SemanticVersion given, SemanticVersion version) {
            int comparison = version.compareTo(given);
            return switch (operator) {
                case "", "=" -> comparison == 0;
                case "<" -> comparison < 0;
                case "<=" -> comparison <= 0;
                case ">" -> comparison > 0;
                case ">=" -> comparison >= 0;
                case "^" -> comparison >= 0 && compareNumbers(version, caretCeiling(given)) < 0;
                case "~" -> comparison >= 0 && compareNumbers(version, release(given.major(), given.minor() + 1, 0)) < 0;
                default -> throw new IllegalArgumentException(operator);
            };
        }

        /**
         * A partial version covers releases: {@code 1.2} is {@code >=1.2.0 <1.3.0-0}. Its lower bound is a
         * release, which that release's pre-releases precede; its upper bound leaves out the next release's
         * pre-releases too, so it is compared by numbers alone.
         */
        private static boolean holdsForPartial(String operator, Partial partial, SemanticVersion version) {
            SemanticVersion floor = partial.version();
            SemanticVersion next = partial.precision() == 1
                    ? release(floor.major() + 1, 0, 0)
                    : release(floor.major(), floor.minor() + 1, 0);
            boolean covered = version.major() == floor.major() && (partial.precision() == 1 || version.minor() == floor.minor());
            boolean fromFloor = version.compareTo(floor) >= 0;
            return switch (operator) {
                case "", "=", "~" -> covered && fromFloor;
                case "^" -> fromFloor && (partial.precision() == 1 || floor.major() == 0
                        ? covered
                        : version.major() == floor.major());
                case ">=" -> fromFloor;
                case ">" -> version.compareTo(next) >= 0;
                case "<" -> compareNumbers(version, floor) < 0;
                case "<=" -> compareNumbers(version, next) < 0;
                default -> throw new IllegalArgumentException(operator);
            };
        }

        /** The first release a caret range leaves out: the next version of the first non-zero number. */
        private static SemanticVersion caretCeiling(SemanticVersion given) {
            if (given.major() > 0) {
                return release(given.major() + 1, 0, 0);
            }
            return given.minor() > 0 ? release(0, given.minor() + 1, 0) : release(0, 0, given.patch() + 1);
        }

        private static SemanticVersion release(long major, long minor, long patch) {
            return new SemanticVersion(major, minor, patch, List.of(), List.of());
        }
    }

    private static boolean sameNumbers(SemanticVersion a, SemanticVersion b) {
        return compareNumbers(a, b) == 0;
    }
}
