package dev.plugbay.adapters.rest.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The request target and body encoding rules, one spelling at a time. */
class RequestFramingRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/plugins/community?q=clock&page=2", "/api/v1/plugins/a%2Fb?q=%C3%A9",
            "/x;jsessionid=1", "/a/./b/../c", "/q?x=a:b@c/d?e", "/~user/!$&'()*+,;=", "http://localhost:8080/api?q=1",
            "HTTPS://[::1]:8443/x", "http://host"})
    void aWellFormedTargetPasses(String target) {
        assertEquals(Optional.empty(), RequestTargets.problem(target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "*                        | NOT_A_PATH",
            "api/v1/plugins           | NOT_A_PATH",
            "''                       | NOT_A_PATH",
            "http://                  | NOT_A_PATH",
            "http://host?q=1          | BAD_CHARACTER",
            "/q?x=%zz                 | BAD_ESCAPE",
            "/q?x=%4                  | BAD_ESCAPE",
            "/q%                      | BAD_ESCAPE",
            "/caf\u00e9               | BAD_CHARACTER",
            "/a\u0001b                | BAD_CHARACTER",
            "/a b                     | BAD_CHARACTER",
            "/q?x={y}                 | BAD_CHARACTER",
            "/a\\b                    | BAD_CHARACTER",
            "/a#top                   | BAD_CHARACTER",
            "/[x]                     | BAD_CHARACTER",
            "http://ho st/x           | BAD_CHARACTER",
            "http://[::1/x            | BAD_AUTHORITY",
            "http://:80/x             | BAD_AUTHORITY",
            "http://a_b.example/x     | BAD_AUTHORITY"})
    void aMalformedTargetIsRefused(String target, String problem) {
        String expected = switch (problem) {
            case "NOT_A_PATH" -> RequestTargets.NOT_A_PATH;
            case "BAD_ESCAPE" -> RequestTargets.BAD_ESCAPE;
            case "BAD_AUTHORITY" -> RequestTargets.BAD_AUTHORITY;
            default -> RequestTargets.BAD_CHARACTER;
        };
        assertEquals(Optional.of(expected), RequestTargets.problem(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
            "application/json; charset=\"utf-8\"", "text/plain; format=flowed"})
    void utf8OrNoCharsetIsReadable(String contentType) {
        assertEquals(Optional.empty(), BodyEncodings.problem(List.of(contentType), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;charset=utf-7", "application/json; charset=", "application/json; charset",
            "application/json; charset=latin1", "application/json; charset=utf8", "application/json; charset=\"\""})
    void anyOtherCharsetIsNot(String contentType) {
        assertEquals(Optional.of(BodyEncodings.NOT_UTF_8), BodyEncodings.problem(List.of(contentType), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "x-gzip", "deflate", "snappy", "identity", " GZIP "})
    void aCodingTheServerDecodesIsReadable(String coding) {
        assertEquals(Optional.empty(), BodyEncodings.problem(List.of("application/json"), List.of(coding)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"br", "zstd", "compress", "gzip, gzip", "gzip,deflate", ""})
    void anyOtherCodingOrAListOfThemIsNot(String coding) {
        assertEquals(Optional.of(BodyEncodings.UNSUPPORTED_CODING), BodyEncodings.problem(List.of(), List.of(coding)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void aRepeatedContentTypeOrContentEncodingIsRefused(int copies) {
        assertEquals(Optional.of(BodyEncodings.NOT_UTF_8),
                BodyEncodings.problem(java.util.Collections.nCopies(copies, "application/json"), List.of()));
        assertEquals(Optional.of(BodyEncodings.UNSUPPORTED_CODING),
                BodyEncodings.problem(List.of(), java.util.Collections.nCopies(copies, "gzip")));
    }
}
