package dev.plugbay.domain.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HOST.md "Local install" step 4: links resolved from their own folder must stay in the tree. */
class TreeLinkTest {

    @ParameterizedTest
    @CsvSource(nullValues = "OUT", value = {
        "lib/link, target.js, lib/target.js",
        "lib/link, ../index.js, index.js",
        "lib/deep/link, ../../a..b/x, a..b/x",
        "link, ., ''",
        "link, ./lib/./x, lib/x",
        "link, ../outside, OUT",
        "lib/link, ../../etc/passwd, OUT",
        "link, /etc/passwd, OUT",
        "lib/link, x/../../../y, OUT"})
    void resolvesFromTheLinksFolder(String link, String target, String inside) {
        assertEquals(Optional.ofNullable(inside), TreeLink.resolveInside(link, target));
    }
}
