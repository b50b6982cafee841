package dev.plugbay.domain.version;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionRangeTest {

    @ParameterizedTest(name = "''{0}'' includes {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        // any
        "* ; 0.0.0 ; true",
        "* ; 999.9.9 ; true",
        "x ; 1.2.3 ; true",
        "X ; 1.2.3 ; true",
        "* ; 1.0.0-beta ; false",
        "'  *  ' ; 1.0.0 ; true",
        // exact
        "1.2.3 ; 1.2.3 ; true",
        "1.2.3 ; 1.2.3+build.7 ; true",
        "1.2.3 ; 1.2.4 ; false",
        "1.2.3 ; 1.2.2 ; false",
        "=1.2.3 ; 1.2.3 ; true",
        "=1.2.3 ; 1.2.4 ; false",
        "1.2.3-beta.1 ; 1.2.3-beta.1 ; true",
        "1.2.3-beta.1 ; 1.2.3 ; false",
        // comparisons
        ">1.2.3 ; 1.2.3 ; false",
        ">1.2.3 ; 1.2.4 ; true",
        ">=1.2.3 ; 1.2.3 ; true",
        ">=1.2.3 ; 1.2.2 ; false",
        "<1.2.3 ; 1.2.3 ; false",
        "<1.2.3 ; 1.2.2 ; true",
        "<=1.2.3 ; 1.2.3 ; true",
        "<=1.2.3 ; 1.2.4 ; false",
        ">= 1.2.3 ; 1.2.3 ; true",
        ">= 1.2.3 ; 1.2.2 ; false",
        // partial comparisons
        ">1.2 ; 1.2.9 ; false",
        ">1.2 ; 1.3.0 ; true",
        ">1 ; 1.9.9 ; false",
        ">1 ; 2.0.0 ; true",
        ">=1.2 ; 1.2.0 ; true",
        ">=1.2 ; 1.1.9 ; false",
        "<1.2 ; 1.1.9 ; true",
        "<1.2 ; 1.2.0 ; false",
        "<=1.2 ; 1.2.9 ; true",
        "<=1.2 ; 1.3.0 ; false",
        "<=1 ; 1.99.0 ; true",
        "<=1 ; 2.0.0 ; false",
        ">* ; 1.0.0 ; false",
        "<* ; 0.0.0 ; false",
        ">=* ; 0.0.0 ; true",
        // caret
        "^1.2.3 ; 1.2.3 ; true",
        "^1.2.3 ; 1.9.9 ; true",
        "^1.2.3 ; 2.0.0 ; false",
        "^1.2.3 ; 1.2.2 ; false",
        "^1.2.3 ; 2.0.0-0 ; false",
        "^0.2.3 ; 0.2.3 ; true",
        "^0.2.3 ; 0.2.9 ; true",
        "^0.2.3 ; 0.3.0 ; false",
        "^0.0.3 ; 0.0.3 ; true",
        "^0.0.3 ; 0.0.4 ; false",
        "^0.0.0 ; 0.0.0 ; true",
        "^0.0.0 ; 0.0.1 ; false",
        "^1.2 ; 1.2.0 ; true",
        "^1.2 ; 1.1.9 ; false",
        "^1.2 ; 1.99.0 ; true",
        "^1.2 ; 2.0.0 ; false",
        "^1 ; 1.0.0 ; true",
        "^1 ; 2.0.0 ; false",
        "^0.0 ; 0.0.9 ; true",
        "^0.0 ; 0.1.0 ; false",
        "^0.x ; 0.9.9 ; true",
        "^0.x ; 1.0.0 ; false",
        "^1.x ; 1.9.9 ; true",
        "^* ; 5.0.0 ; true",
        "^1.2.3-beta.2 ; 1.2.3-beta.2 ; true",
        "^1.2.3-beta.2 ; 1.2.3-beta.4 ; true",
        "^1.2.3-beta.2 ; 1.2.3-beta.1 ; false",
        "^1.2.3-beta.2 ; 1.2.4-beta.2 ; false",
        "^1.2.3-beta.2 ; 1.9.0 ; true",
        "^0.0.3-beta ; 0.0.3 ; true",
        "^0.0.3-beta ; 0.0.4 ; false",
        // tilde
        "~1.2.3 ; 1.2.3 ; true",
        "~1.2.3 ; 1.2.99 ; true",
        "~1.2.3 ; 1.2.2 ; false",
        "~1.2.3 ; 1.3.0 ; false",
        "~1.2 ; 1.2.0 ; true",
        "~1.2 ; 1.2.9 ; true",
        "~1.2 ; 1.3.0 ; false",
        "~1 ; 1.0.0 ; true",
        "~1 ; 1.99.0 ; true",
        "~1 ; 2.0.0 ; false",
        "~0.2.3 ; 0.2.9 ; true",
        "~0.2.3 ; 0.3.0 ; false",
        "~1.2.3-beta.2 ; 1.2.3-beta.3 ; true",
        "~1.2.3-beta.2 ; 1.2.4-beta.2 ; false",
        "~* ; 1.0.0 ; true",
        // X-ranges
        "1.x ; 1.0.0 ; true",
        "1.x ; 1.99.99 ; true",
        "1.x ; 0.9.9 ; false",
        "1.x ; 2.0.0 ; false",
        "1.* ; 1.5.0 ; true",
        "1.X ; 2.0.0 ; false",
        "1.2.x ; 1.2.0 ; true",
        "1.2.x ; 1.2.99 ; true",
        "1.2.x ; 1.3.0 ; false",
        "1.2.x ; 1.1.9 ; false",
        "1 ; 1.5.0 ; true",
        "1 ; 2.0.0 ; false",
        "1.2 ; 1.2.5 ; true",
        "1.2 ; 1.3.0 ; false",
        "1.x.x ; 1.3.0 ; true",
        "=1.x ; 1.3.0 ; true",
        "1.x ; 1.1.0-beta ; false",
        "1.x ; 2.0.0-0 ; false",
        // AND sets
        ">=1.0.0 <2.0.0 ; 1.0.0 ; true",
        ">=1.0.0 <2.0.0 ; 1.9.9 ; true",
        ">=1.0.0 <2.0.0 ; 2.0.0 ; false",
        ">=1.0.0 <2.0.0 ; 0.9.9 ; false",
        ">=1.0.0 <2.0.0 ; 2.0.0-beta ; false",
        "'>=1.0.0   <2.0.0' ; 1.5.0 ; true",
        ">=1.2.7 <1.3.0 ^1.2 ; 1.2.8 ; true",
        ">1.0.0 <1.0.1 ; 1.0.0 ; false",
        // hyphen ranges
        "1.2.3 - 2.3.4 ; 1.2.3 ; true",
        "1.2.3 - 2.3.4 ; 2.3.4 ; true",
        "1.2.3 - 2.3.4 ; 2.3.5 ; false",
        "1.2.3 - 2.3.4 ; 1.2.2 ; false",
        "1.2.3 - 2.3 ; 2.3.99 ; true",
        "1.2.3 - 2.3 ; 2.4.0 ; false",
        "1.2.3 - 2 ; 2.99.0 ; true",
        "1.2.3 - 2 ; 3.0.0 ; false",
        "1.2 - 2.3.4 ; 1.2.0 ; true",
        "1.2 - 2.3.4 ; 1.1.9 ; false",
        "1.2.3 - 2.3.4-beta ; 2.3.4-beta ; true",
        "1.2.3 - 2.3.4-beta ; 2.3.4 ; false",
        "* - 2.0.0 ; 0.0.0 ; true",
        "'1.2.3   -   2.3.4' ; 2.0.0 ; true",
        // OR
        "1.x || >=2.5.0 ; 1.5.0 ; true",
        "1.x || >=2.5.0 ; 2.4.0 ; false",
        "1.x || >=2.5.0 ; 2.5.0 ; true",
        "^1.0.0||^3.0.0 ; 3.1.0 ; true",
        "^1.0.0||^3.0.0 ; 2.1.0 ; false",
        "1.2.3 - 1.5.0 || 3 ; 3.2.1 ; true",
        // npm pre-release rule
        ">=1.0.0 ; 1.1.0-beta ; false",
        ">=1.1.0-alpha ; 1.1.0-beta ; true",
        ">=1.1.0-alpha ; 1.1.0 ; true",
        ">=1.1.0-alpha ; 1.2.0-beta ; false",
        ">=1.1.0-alpha ; 1.1.0-0 ; false",
        ">1.2.3-alpha.3 ; 1.2.3-alpha.7 ; true",
        ">1.2.3-alpha.3 ; 3.4.5-alpha.9 ; false",
        ">1.2.3-alpha.3 ; 3.4.5 ; true",
        "<1.2.3 ; 1.2.3-beta ; false",
        "1.x || 1.2.0-rc ; 1.2.0-rc ; true",
    })
    void includes(String range, String version, boolean expected) {
        assertEquals(expected, VersionRange.parse(range).includes(SemanticVersion.parse(version)));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {
        "'' ; it is empty",
        "'   ' ; it is empty",
        "1.2.3 || ; there is nothing on one side of '||'",
        "|| 1.2.3 ; there is nothing on one side of '||'",
        "1.x || || 2.x ; there is nothing on one side of '||'",
        "1.2.3 | 2.0.0 ; the major version '|' is not a non-negative integer",
        ">= ; '>=' must be followed by a version",
        ">= <2.0.0 ; the major version '<2' is not a non-negative integer",
        "^ ; '^' must be followed by a version",
        ">=a ; the major version 'a' is not a non-negative integer",
        "^v1.2.3 ; a leading 'v' is not allowed",
        "v1 ; the major version 'v1' is not a non-negative integer",
        "^^1 ; the major version '^1' is not a non-negative integer",
        "~>1.2 ; the major version '>1' is not a non-negative integer",
        "01.2.3 ; the major version '01' has a leading zero",
        "^1.02 ; the minor version '02' has a leading zero",
        "1.x.3 ; '1.x.3' has a number after a wildcard",
        "*.1 ; '*.1' has a number after a wildcard",
        "1.2.3.4 ; '1.2.3.4' has more than MAJOR.MINOR.PATCH",
        "1.2-beta ; '1.2-beta' has a pre-release or build but not all of MAJOR.MINOR.PATCH",
        "1.x-beta ; '1.x-beta' has a pre-release or build but not all of MAJOR.MINOR.PATCH",
        "^1.2.3-01 ; numeric pre-release identifier '01' has a leading zero",
        "1..2 ; the minor version is missing",
        "1.2.3 - ; a hyphen range needs exactly one version on each side of ' - '",
        "- 1.2.3 ; a hyphen range needs exactly one version on each side of ' - '",
        "1.2.3 - 2.0.0 - 3.0.0 ; a hyphen range needs exactly one version on each side of ' - '",
        ">=1.0.0 - 2.0.0 ; the major version '>=1' is not a non-negative integer",
        ">9223372036854775807 ; the version number 9223372036854775807 is too large to have a successor",
    })
    void rejectsInvalidRangesSayingWhy(String range, String problem) {
        InvalidRequestException rejection = assertThrows(InvalidRequestException.class, () -> VersionRange.parse(range));
        assertEquals("'" + range + "' is not a version range: " + problem, rejection.getMessage());
    }

    @Test
    void toStringIsTheTextAsWritten() {
        assertEquals(" >=1.0.0   <2.0.0 ", VersionRange.parse(" >=1.0.0   <2.0.0 ").toString());
    }

    @Test
    void equalityFollowsTheText() {
        assertAll(
                () -> assertEquals(VersionRange.parse("^1.2.0"), VersionRange.parse("^1.2.0")),
                () -> assertEquals(VersionRange.parse("^1.2.0").hashCode(), VersionRange.parse("^1.2.0").hashCode()),
                () -> assertNotEquals(VersionRange.parse("^1.2.0"), VersionRange.parse("^1.3.0")));
    }
}
