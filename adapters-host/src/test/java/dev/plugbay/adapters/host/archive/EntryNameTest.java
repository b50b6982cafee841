package dev.plugbay.adapters.host.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.InvalidPackageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryNameTest {

    @ParameterizedTest
    @CsvSource({
            "index.js, index.js",
            "./lib//util.js, lib/util.js",
            "lib/./util.js, lib/util.js",
            "lib/, lib",
            "a..b/c.js, a..b/c.js",
            ".../x, .../x",
            "~/x, ~/x",
            "café/naïve.js, café/naïve.js"})
    void namesAreNormalized(String name, String path) {
        assertEquals(path, EntryName.parse(name).path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"./", ".", ".//./"})
    void theTopLevelHasNoSegments(String name) {
        assertTrue(EntryName.parse(name).isTop());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "a/..", "../a", "/a", "\\a", "a\\b", "C:", "z:/a", "a\u0000b", "a\nb", "a\u007fb",
            "a\u0085b", "bad\uFFFDname", ""})
    void unsafeNamesAreRefused(String name) {
        assertThrows(InvalidPackageException.class, () -> EntryName.parse(name));
    }

    @Test
    void messagesShowControlCharactersAsQuestionMarksAndCutLongNames() {
        assertEquals("a?b", EntryName.shown("a\u001bb"));
        assertEquals("x".repeat(200) + "...", EntryName.shown("x".repeat(300)));
    }
}
