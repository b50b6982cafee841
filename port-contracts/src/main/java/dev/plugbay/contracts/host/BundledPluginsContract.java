package dev.plugbay.contracts.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.host.BundledPlugins;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.integrity.ArchiveDigest;
import dev.plugbay.domain.plugin.PluginId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link BundledPlugins} must do: offer entries whose archives are there and match. */
public abstract class BundledPluginsContract {

    /** Bundled plugins that hold at least one entry. */
    protected abstract BundledPlugins bundled();

    @Test
    void thereIsAtLeastOneEntryAndEveryEntryIsBundledWithoutADownloadUrl() {
        List<MarketplaceEntry> entries = bundled().entries();

        assertFalse(entries.isEmpty());
        for (MarketplaceEntry entry : entries) {
            assertTrue(entry.bundled(), entry.name().value());
            assertEquals("", entry.downloadUrl(), entry.name().value());
        }
    }

    @Test
    void namesAreUnique() {
        List<PluginId> names = bundled().entries().stream().map(MarketplaceEntry::name).toList();

        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
    }

    @Test
    void everyEntryHasItsArchiveAndTheArchiveMatchesItsSha256() {
        for (MarketplaceEntry entry : bundled().entries()) {
            byte[] archive = bundled().archive(entry.name()).orElseThrow();

            assertEquals(entry.sha256().orElseThrow(), ArchiveDigest.of(archive), entry.name().value());
        }
    }

    @Test
    void aNameThatIsNotBundledHasNoArchive() {
        assertTrue(bundled().archive(new PluginId("not-bundled-here")).isEmpty());
    }

    @Test
    void everyCallGivesItsOwnCopyOfTheArchive() {
        MarketplaceEntry entry = bundled().entries().get(0);
        byte[] first = bundled().archive(entry.name()).orElseThrow();
        first[0] ^= 0x7f;

        assertEquals(entry.sha256().orElseThrow(), ArchiveDigest.of(bundled().archive(entry.name()).orElseThrow()));
    }
}
