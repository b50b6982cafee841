package dev.plugbay.domain.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HOST.md "Local install" step 1: which paths are read, and as what. */
class LocalPathTest {

    @ParameterizedTest
    @CsvSource({
        "/p/a..b, /p/a..b",
        "/p/..a/b.., /p/..a/b..",
        "/p/./q, /p/q",
        "//p///q/, /p/q",
        "/~/plugins, /~/plugins",
        "/, /",
        "/p/.../q, /p/.../q"})
    void acceptsAndNormalizes(String raw, String normalized) {
        assertEquals(normalized, LocalPath.parse(raw).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "p/q", "~/p", "/p/../q", "/..", "/p/..", "./p", "/p/q\u0000"})
    void refusesWithTheFieldPath(String raw) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> LocalPath.parse(raw));
        assertEquals("path", refused.violations().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(ints = {4096, 4097})
    void isAtMost4096Bytes(int length) {
        String raw = "/" + "é".repeat((length - 1) / 2) + "x".repeat((length - 1) % 2);
        if (length <= LocalPath.MAX_BYTES) {
            assertEquals(raw, LocalPath.parse(raw).value());
        } else {
            assertThrows(InvalidRequestException.class, () -> LocalPath.parse(raw));
        }
    }
}
