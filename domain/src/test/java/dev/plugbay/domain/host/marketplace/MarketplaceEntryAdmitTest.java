package dev.plugbay.domain.host.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.IntegrityMismatchException;
import dev.plugbay.domain.error.InvalidPackageException;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.integrity.Integrity.Algorithm;
import dev.plugbay.domain.plugin.License;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HOST.md "One-click install" step 7, and {@code hasUpdate}. */
class MarketplaceEntryAdmitTest {

    private static final PluginId HELLO = new PluginId("hello");
    private static final SemanticVersion V1 = SemanticVersion.parse("1.0.0");
    private static final byte[] MAIN = "module.exports = {};\n".getBytes(StandardCharsets.UTF_8);
    private static final Integrity MAIN_PIN = Integrity.of(Algorithm.SHA384, MAIN);
    private static final Integrity OTHER_PIN = Integrity.of(Algorithm.SHA384, new byte[] {1});

    private static MarketplaceEntry entry(String version, Optional<Integrity> pin) {
        return new MarketplaceEntry(HELLO, SemanticVersion.parse(version), "", "", License.MIT, List.of(),
                "https://plugins.example/hello.zip", Optional.empty(), pin, Optional.empty(), 0, 0, false, Optional.empty(), false);
    }

    @Test
    void aManifestOfAnotherPluginOrVersionIsAnInvalidPackage() {
        MarketplaceEntry entry = entry("1.0.0", Optional.empty());

        InvalidPackageException otherName = assertThrows(InvalidPackageException.class,
                () -> entry.admit(new PluginId("evil"), V1, Optional.empty(), Optional.of(MAIN)));
        assertThrows(InvalidPackageException.class,
                () -> entry.admit(HELLO, SemanticVersion.parse("1.0.1"), Optional.empty(), Optional.of(MAIN)));
        assertThrows(InvalidPackageException.class,
                () -> entry.admit(HELLO, SemanticVersion.parse("1.0.0+build"), Optional.empty(), Optional.of(MAIN)));

        assertEquals("The archive holds evil 1.0.0, not the marketplace entry's hello 1.0.0", otherName.getMessage());
    }

    @Test
    void withoutAnEntryPinTheManifestsPinIfAnyIsKept() {
        assertEquals(Optional.empty(), entry("1.0.0", Optional.empty()).admit(HELLO, V1, Optional.empty(), Optional.of(MAIN)));
        assertEquals(Optional.of(OTHER_PIN), entry("1.0.0", Optional.empty()).admit(HELLO, V1, Optional.of(OTHER_PIN), Optional.empty()));
    }

    @Test
    void anEntryPinThatMatchesTheEntryFileBecomesTheInstallsPin() {
        MarketplaceEntry entry = entry("1.0.0", Optional.of(MAIN_PIN));

        assertEquals(Optional.of(MAIN_PIN), entry.admit(HELLO, V1, Optional.empty(), Optional.of(MAIN)));
        assertEquals(Optional.of(MAIN_PIN), entry.admit(HELLO, V1, Optional.of(MAIN_PIN), Optional.of(MAIN)));
    }

    @Test
    void anEntryPinThatDiffersFromTheFileOrTheManifestOrHasNoFileToMatchIsAMismatch() {
        MarketplaceEntry entry = entry("1.0.0", Optional.of(MAIN_PIN));

        assertThrows(IntegrityMismatchException.class, () -> entry.admit(HELLO, V1, Optional.empty(), Optional.of(new byte[] {1})));
        IntegrityMismatchException differs = assertThrows(IntegrityMismatchException.class,
                () -> entry.admit(HELLO, V1, Optional.of(OTHER_PIN), Optional.of(MAIN)));
        assertThrows(IntegrityMismatchException.class, () -> entry.admit(HELLO, V1, Optional.empty(), Optional.empty()));

        assertTrue(differs.getMessage().contains("the manifest pins " + OTHER_PIN), differs.getMessage());
    }

    @Test
    void anUpdateIsAGreaterVersionByPrecedence() {
        assertTrue(entry("1.1.0", Optional.empty()).isNewerThan(V1));
        assertTrue(entry("1.0.0", Optional.empty()).isNewerThan(SemanticVersion.parse("1.0.0-rc.1")));
        assertFalse(entry("1.0.0+build.2", Optional.empty()).isNewerThan(V1));
        assertFalse(entry("0.9.0", Optional.empty()).isNewerThan(V1));
    }
}
