package dev.plugbay.domain.version;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.MessageBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticVersionTest {

    /** Both precedence chains of SemVer §11, each strictly ascending. */
    static Stream<Arguments> specPrecedenceChainPairs() {
        return Stream.of(
                        List.of("1.0.0", "2.0.0", "2.1.0", "2.1.1"),
                        List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                                "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"))
                .flatMap(SemanticVersionTest::ascendingPairs);
    }

    private static Stream<Arguments> ascendingPairs(List<String> chain) {
        List<Arguments> pairs = new ArrayList<>();
        for (int lower = 0; lower < chain.size(); lower++) {
            for (int higher = lower + 1; higher < chain.size(); higher++) {
                pairs.add(Arguments.of(chain.get(lower), chain.get(higher)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} < {1}")
    @MethodSource("specPrecedenceChainPairs")
    void specPrecedenceHoldsInBothDirections(String lower, String higher) {
        SemanticVersion low = SemanticVersion.parse(lower);
        SemanticVersion high = SemanticVersion.parse(higher);
        assertAll(
                () -> assertTrue(low.compareTo(high) < 0, lower + " < " + higher),
                () -> assertTrue(high.compareTo(low) > 0, higher + " > " + lower));
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "1.0.0-2, 1.0.0-10",              // numeric identifiers compare numerically, not as text
        "1.0.0-99999999999999999999, 1.0.0-100000000000000000000", // beyond long, still numeric
        "1.0.0-999, 1.0.0-a",             // numeric below alphanumeric
        "1.0.0-Z, 1.0.0-a",               // alphanumerics compare in ASCII order
        "1.0.0-a, 1.0.0-a-b",             // a longer alphanumeric identifier with the same start is higher
        "1.0.0-alpha, 1.0.0-alpha.0",     // more fields win when the others are equal
        "1.0.0-rc.1, 1.0.0",              // a pre-release is below its release
        "1.9.9, 1.10.0",
        "9.9.9, 10.0.0",
        "0.0.0-0, 0.0.0",
    })
    void precedenceAtEachRule(String lower, String higher) {
        SemanticVersion low = SemanticVersion.parse(lower);
        SemanticVersion high = SemanticVersion.parse(higher);
        assertAll(
                () -> assertTrue(low.compareTo(high) < 0, lower + " < " + higher),
                () -> assertTrue(high.compareTo(low) > 0, higher + " > " + lower));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "1.0.0+a, 1.0.0+b",
        "1.0.0, 1.0.0+build.1",
        "1.0.0-rc.1+x, 1.0.0-rc.1+y.z",
    })
    void buildMetadataIsIgnoredForPrecedenceAndUniqueness(String left, String right) {
        SemanticVersion a = SemanticVersion.parse(left);
        SemanticVersion b = SemanticVersion.parse(right);
        assertAll(
                () -> assertEquals(0, a.compareTo(b)),
                () -> assertEquals(0, b.compareTo(a)),
                () -> assertTrue(a.isSameReleaseAs(b)),
                () -> assertTrue(b.isSameReleaseAs(a)),
                () -> assertNotEquals(a, b, "record equality keeps the build"),
                () -> assertEquals(a.withoutBuild(), b.withoutBuild()));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "1.0.0, 1.0.1",
        "1.0.0-rc.1, 1.0.0",
        "1.0.0-rc.1, 1.0.0-rc.1.0",
        "1.0.0-1, 1.0.0-01a",
    })
    void differentReleasesAreNotTheSameRelease(String left, String right) {
        assertFalse(SemanticVersion.parse(left).isSameReleaseAs(SemanticVersion.parse(right)));
    }

    /** The valid list of the semver.org regex tests. */
    @ParameterizedTest
    @ValueSource(strings = {
        "0.0.4", "1.2.3", "10.20.30", "1.1.2-prerelease+meta", "1.1.2+meta", "1.1.2+meta-valid", "1.0.0-alpha",
        "1.0.0-beta", "1.0.0-alpha.beta", "1.0.0-alpha.beta.1", "1.0.0-alpha.1", "1.0.0-alpha0.valid",
        "1.0.0-alpha.0valid", "1.0.0-alpha-a.b-c-somethinglong+build.1-aef.1-its-okay", "1.0.0-rc.1+build.1",
        "2.0.0-rc.1+build.123", "1.2.3-beta", "10.2.3-DEV-SNAPSHOT", "1.2.3-SNAPSHOT-123", "1.0.0", "2.0.0",
        "1.1.7", "2.0.0+build.1848", "2.0.1-alpha.1227", "1.0.0-alpha+beta", "1.2.3----RC-SNAPSHOT.12.9.1--.12+788",
        "1.2.3----R-S.12.9.1--.12+meta", "1.2.3----RC-SNAPSHOT.12.9.1--.12", "1.0.0+0.build.1-rc.10000aaa-kk-0.1",
        "1.0.0-0A.is.legal", "1.0.0+007", "9223372036854775807.0.0",
    })
    void acceptsValidVersionsAndPrintsThemBack(String text) {
        assertEquals(text, SemanticVersion.parse(text).toString());
    }

    @Test
    void parseSplitsEveryPart() {
        assertEquals(
                new SemanticVersion(1, 22, 333, List.of("rc", "1"), List.of("build", "007")),
                SemanticVersion.parse("1.22.333-rc.1+build.007"));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1                   | expected MAJOR.MINOR.PATCH",
        "1.2                 | expected MAJOR.MINOR.PATCH",
        "1.0                 | expected MAJOR.MINOR.PATCH",
        "1.2.3.DEV           | expected MAJOR.MINOR.PATCH",
        "1.2-SNAPSHOT        | expected MAJOR.MINOR.PATCH",
        "1.2.31.2.3----RC-SNAPSHOT.12.09.1--..12+788 | numeric pre-release identifier '09' has a leading zero",
        "alpha               | expected MAJOR.MINOR.PATCH",
        "+invalid            | expected MAJOR.MINOR.PATCH",
        "-invalid            | expected MAJOR.MINOR.PATCH",
        "-invalid+invalid    | expected MAJOR.MINOR.PATCH",
        "''                  | expected MAJOR.MINOR.PATCH",
        "1..3                | the minor version is missing",
        "v1.0.0              | a leading 'v' is not allowed",
        "V1.0.0              | a leading 'v' is not allowed",
        "01.1.1              | the major version '01' has a leading zero",
        "1.01.1              | the minor version '01' has a leading zero",
        "1.1.01              | the patch version '01' has a leading zero",
        "1.a.1               | the minor version 'a' is not a non-negative integer",
        "1.+1.1              | expected MAJOR.MINOR.PATCH",
        "99999999999999999999999.999999999999999999.99999999999999999 | the major version '99999999999999999999999' is too large",
        "9223372036854775808.0.0 | the major version '9223372036854775808' is too large",
        "1.0.0-              | the pre-release after '-' is empty",
        "1.0.0+              | the build metadata after '+' is empty",
        "1.0.0-a..b          | pre-release identifiers must not be empty",
        "1.0.0-a.            | pre-release identifiers must not be empty",
        "1.1.2+.123          | build metadata identifiers must not be empty",
        "1.0.0-01            | numeric pre-release identifier '01' has a leading zero",
        "1.2.3-0123          | numeric pre-release identifier '0123' has a leading zero",
        "1.2.3-0123.0123     | numeric pre-release identifier '0123' has a leading zero",
        "9.8.7-whatever+meta+meta | build metadata identifier 'meta+meta' may contain only ASCII letters, digits and '-'",
        "1.2.3-beta_1        | pre-release identifier 'beta_1' may contain only ASCII letters, digits and '-'",
        "1.2.3-é             | pre-release identifier 'é' may contain only ASCII letters, digits and '-'",
        "1.٢.3               | the minor version '٢' is not a non-negative integer",
    })
    void rejectsInvalidVersionsSayingWhy(String text, String problem) {
        InvalidRequestException rejection = assertThrows(InvalidRequestException.class, () -> SemanticVersion.parse(text));
        assertAll(
                () -> assertEquals("'" + text + "' is not a semantic version: " + problem, rejection.getMessage()),
                () -> assertEquals(ErrorCode.INVALID_REQUEST, rejection.code()));
    }

    @ParameterizedTest
    @ValueSource(strings = {" 1.0.0", "1.0.0 ", "1.0. 0", "1.0.0-a b", "1.0.0\n", "\t1.0.0"})
    void rejectsWhitespaceAnywhere(String text) {
        InvalidRequestException rejection = assertThrows(InvalidRequestException.class, () -> SemanticVersion.parse(text));
        assertEquals("'" + text + "' is not a semantic version: whitespace is not allowed", rejection.getMessage());
    }

    static Stream<Arguments> invalidComponents() {
        return Stream.of(
                Arguments.of(-1, 0, 0, List.of(), List.of(), "'-1.0.0' is not a semantic version: the major version must not be negative"),
                Arguments.of(0, -1, 0, List.of(), List.of(), "'0.-1.0' is not a semantic version: the minor version must not be negative"),
                Arguments.of(0, 0, -1, List.of(), List.of(), "'0.0.-1' is not a semantic version: the patch version must not be negative"),
                Arguments.of(1, 0, 0, List.of("01"), List.of(), "'1.0.0-01' is not a semantic version: numeric pre-release identifier '01' has a leading zero"),
                Arguments.of(1, 0, 0, List.of(""), List.of(), "'1.0.0-' is not a semantic version: pre-release identifiers must not be empty"),
                Arguments.of(1, 0, 0, List.of("a.b"), List.of(), "'1.0.0-a.b' is not a semantic version: pre-release identifier 'a.b' may contain only ASCII letters, digits and '-'"),
                Arguments.of(1, 0, 0, List.of(), List.of("x y"), "'1.0.0+x y' is not a semantic version: build metadata identifier 'x y' may contain only ASCII letters, digits and '-'"));
    }

    @ParameterizedTest
    @MethodSource("invalidComponents")
    void constructorValidatesLikeParse(long major, long minor, long patch, List<String> prerelease, List<String> build,
            String message) {
        InvalidRequestException rejection = assertThrows(InvalidRequestException.class,
                () -> new SemanticVersion(major, minor, patch, prerelease, build));
        assertEquals(message, rejection.getMessage());
    }

    @Test
    void constructorCopiesItsLists() {
        List<String> prerelease = new ArrayList<>(List.of("beta"));
        SemanticVersion version = new SemanticVersion(1, 0, 0, prerelease, List.of());
        prerelease.add("2");
        assertAll(
                () -> assertEquals(List.of("beta"), version.prerelease()),
                () -> assertThrows(UnsupportedOperationException.class, () -> version.prerelease().add("x")));
    }

    @Test
    void buildIdentifiersMayHaveLeadingZeros() {
        assertEquals(List.of("007"), new SemanticVersion(1, 0, 0, List.of(), List.of("007")).build());
    }

    @ParameterizedTest
    @CsvSource({"1.0.0-alpha, true", "1.0.0-0, true", "1.0.0, false", "1.0.0+alpha, false"})
    void isPrereleaseOnlyWithAPrereleasePart(String text, boolean expected) {
        assertEquals(expected, SemanticVersion.parse(text).isPrerelease());
    }

    @Test
    void withoutBuildDropsOnlyTheBuild() {
        SemanticVersion version = SemanticVersion.parse("1.2.3-rc.1+build.5");
        assertAll(
                () -> assertEquals(SemanticVersion.parse("1.2.3-rc.1"), version.withoutBuild()),
                () -> assertEquals("1.2.3-rc.1", version.withoutBuild().toString()));
    }

    @Test
    void withoutBuildOfAVersionWithoutBuildIsItself() {
        SemanticVersion version = SemanticVersion.parse("1.2.3");
        assertSame(version, version.withoutBuild());
    }

    @Test
    void aVersionOfTwoHundredFiftySixCharactersIsAccepted() {
        String longest = "1.0.0-" + "a".repeat(100) + "+" + "b".repeat(149);

        assertEquals(SemanticVersion.MAX_LENGTH, longest.length());
        assertEquals(longest, SemanticVersion.parse(longest).toString());
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {257, 300, 1_000_000})
    void aLongerVersionIsRefusedSayingWhy(int length) {
        String text = "1.0.0+" + "b".repeat(length - 6);

        InvalidRequestException rejection = assertThrows(InvalidRequestException.class, () -> SemanticVersion.parse(text));

        assertEquals("'" + MessageBounds.quote(text) + "' is not a semantic version: it has " + length
                + " characters; a version has at most 256 characters", rejection.getMessage());
    }

    @Test
    void theConstructorRefusesALongerVersionToo() {
        InvalidRequestException rejection = assertThrows(InvalidRequestException.class,
                () -> new SemanticVersion(1, 0, 0, List.of("a".repeat(200)), List.of("b".repeat(60))));

        assertTrue(rejection.getMessage().endsWith("it has 267 characters; a version has at most 256 characters"),
                rejection.getMessage());
    }
}
