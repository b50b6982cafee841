package dev.plugbay.adapters.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The edges of the token form rules; HostileRequestsTest sends whole signed tokens over HTTP. */
class StrictTokensTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String HEADER = encoded("{\"alg\":\"HS256\"}");
    private static final String SIGNATURE = "c2lnbmF0dXJl";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"exp\":0                      | ",
            "\"exp\":253402300799           | ",
            "\"exp\":253402300800           | exp must be a time in seconds between 1970 and 9999",
            "\"exp\":-1                     | exp must be a time in seconds between 1970 and 9999",
            "\"exp\":1,\"nbf\":253402300800 | nbf must be a time in seconds between 1970 and 9999",
            "\"exp\":1,\"iat\":1780315260   | ",
            "\"exp\":1,\"iat\":1780315261   | iat is in the future",
            "\"exp\":1,\"roles\":[]         | ",
            "\"exp\":1,\"roles\":\"ADMIN\"  | roles must be an array of strings",
            "\"iat\":1                      | exp is required"})
    void timesAreBoundedAndRolesAreAnArrayOfStrings(String claims, String problem) {
        assertEquals(Optional.ofNullable(problem), StrictTokens.problem(token("{" + claims + "}"), NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b", "a.b.c.d", ".e30.c2ln", "e30..c2ln", "e30.e30.", "e30=.e30.c2ln", "e30.e30.c2l+",
            "e30.e30.c2l/", "e30.e30.c2 l", "e30.e30.c2lnb", "e30.e30.c2l"})
    void onlyThreeCanonicalUnpaddedBase64UrlSegmentsAreAToken(String token) {
        assertEquals(Optional.of("a token has three segments, not " + token.split("\\.", -1).length)
                        .filter(message -> token.split("\\.", -1).length != 3)
                        .or(() -> Optional.of("a segment is not canonical unpadded base64url")),
                StrictTokens.problem(token, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"exp\"", "{\"exp\":1,\"exp\":2}", "{\"exp\":1} trailing"})
    void theHeaderAndThePayloadAreStrictJsonObjects(String payload) {
        assertEquals(Optional.of("the header and the payload must be JSON objects"), StrictTokens.problem(token(payload), NOW));
    }

    private static String token(String payload) {
        return HEADER + "." + encoded(payload) + "." + SIGNATURE;
    }

    private static String encoded(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
