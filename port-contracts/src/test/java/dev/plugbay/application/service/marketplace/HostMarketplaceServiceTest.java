package dev.plugbay.application.service.marketplace;

import static dev.plugbay.contracts.memory.HostMarketplace.LIMITS;
import static dev.plugbay.contracts.memory.HostMarketplace.archiveUrl;
import static dev.plugbay.contracts.memory.HostMarketplace.entry;
import static dev.plugbay.contracts.memory.HostMarketplace.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.in.marketplace.MarketplaceListing;
import dev.plugbay.domain.host.marketplace.ListingSource;
import dev.plugbay.application.port.in.marketplace.StagedMarketplacePlugin;
import dev.plugbay.contracts.memory.HostMarketplace;
import dev.plugbay.contracts.testing.RecordingPluginArchives.Extraction;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.integrity.ArchiveDigest;
import dev.plugbay.domain.plugin.PluginId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HOST.md "Remote marketplace" search, and "One-click install" steps 1 to 6 up to the staged plugin. */
class HostMarketplaceServiceTest {

    private static final Path STAGING = Path.of("/plugbay/plugins/.staging-test");
    private static final byte[] HELLO_ARCHIVE = utf8("the hello archive");
    private static final String HELLO_SHA256 = ArchiveDigest.of(HELLO_ARCHIVE).hex();

    private final HostMarketplace host = new HostMarketplace();

    // --- search ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"LOGGER", "  logger ", "request-"})
    void theQueryIsATrimmedCaseInsensitiveSubstring(String query) {
        assertEquals(List.of("request-logger"), names(host.marketplace.browse(query)));
    }

    @Test
    void anEmptyQueryListsEverythingAndANonMatchingOneNothingWithTheSameSourceAndWarning() {
        host.withRegistry("[]");

        MarketplaceListing everything = host.marketplace.browse(" ");
        MarketplaceListing nothing = host.marketplace.browse("zzz");

        assertEquals(List.of("request-logger", "rate-limiter"), names(everything));
        assertEquals(List.of(), nothing.plugins());
        assertEquals(ListingSource.SEED, nothing.source());
        assertEquals(everything.warning(), nothing.warning());
        assertTrue(nothing.warning().isPresent());
    }

    @Test
    void aRemoteRegistryIsSearchedByNameDescriptionAndTag() {
        host.withRegistry("[" + entry("alpha", "1.0.0", "\"description\": \"Counts TOKENS\"") + ", "
                + entry("beta", "1.0.0", "\"tags\": [\"tokens\"]") + ", " + entry("gamma", "1.0.0", "") + "]");

        assertEquals(List.of("alpha", "beta"), names(host.marketplace.browse("Tokens")));
    }

    @Test
    void aQueryOfAHundredCharactersIsAcceptedAndOneMoreIsInvalid() {
        assertEquals(List.of(), host.marketplace.browse("\uD83D\uDE00".repeat(100)).plugins());

        DomainException tooLong = assertThrows(DomainException.class, () -> host.marketplace.browse("a".repeat(101)));

        assertEquals(ErrorCode.INVALID_REQUEST, tooLong.code());
        assertEquals("q: must be at most 100 characters", tooLong.getMessage());
    }

    // --- one-click install up to staging -----------------------------------------------------------

    @Test
    void aRemoteEntryIsDownloadedUnderTheArchiveCapVerifiedAndExtractedIntoTheCallersStaging() {
        host.withRegistry("[" + entry("hello", "1.0.0", "\"sha256\": \"" + HELLO_SHA256.toUpperCase() + "\"") + "]");
        host.remote.serve(archiveUrl("hello"), HELLO_ARCHIVE);

        StagedMarketplacePlugin staged = host.marketplace.stage(new PluginId("hello"), STAGING);

        assertEquals("hello", staged.entry().name().value());
        assertEquals(STAGING, staged.root());
        assertTrue(staged.sha256Verified());
        assertEquals(List.of(), staged.warnings());
        Extraction extraction = host.archives.extractions().get(0);
        assertArrayEquals(HELLO_ARCHIVE, extraction.archive());
        assertEquals(STAGING, extraction.staging());
        assertEquals(LIMITS, extraction.limits());
    }

    @Test
    void anArchiveThatDoesNotMatchTheEntrysSha256IsAnIntegrityMismatchAndNothingIsExtracted() {
        host.withRegistry("[" + entry("hello", "1.0.0", "\"sha256\": \"" + HELLO_SHA256 + "\"") + "]");
        host.remote.serve(archiveUrl("hello"), utf8("a tampered archive"));

        DomainException mismatch = assertThrows(DomainException.class, () -> host.marketplace.stage(new PluginId("hello"), STAGING));

        assertEquals(ErrorCode.INTEGRITY_MISMATCH, mismatch.code());
        assertTrue(mismatch.getMessage().contains("expected " + HELLO_SHA256), mismatch.getMessage());
        assertEquals(List.of(), host.archives.extractions());
    }

    @Test
    void anEntryWithoutSha256IsInstalledUnverifiedWithHostMdsWarning() {
        host.withRegistry("[" + entry("hello", "1.0.0", "") + "]");
        host.remote.serve(archiveUrl("hello"), HELLO_ARCHIVE);

        StagedMarketplacePlugin staged = host.marketplace.stage(new PluginId("hello"), STAGING);

        assertFalse(staged.sha256Verified());
        assertEquals(List.of("archive not verified: no sha256 in the entry"), staged.warnings());
    }

    @Test
    void anArchiveOverMaxArchiveBytesIsPayloadTooLargeAndOneAtTheCapIsTaken() {
        host.withRegistry("[" + entry("hello", "1.0.0", "") + ", " + entry("big", "1.0.0", "") + "]");
        host.remote.serve(archiveUrl("hello"), new byte[(int) LIMITS.maxArchiveBytes()]);
        host.remote.serve(archiveUrl("big"), new byte[(int) LIMITS.maxArchiveBytes() + 1]);

        host.marketplace.stage(new PluginId("hello"), STAGING);
        assertCode(ErrorCode.PAYLOAD_TOO_LARGE, () -> host.marketplace.stage(new PluginId("big"), STAGING));

        assertEquals(1, host.archives.extractions().size());
    }

    @Test
    void aDownloadTheGuardRefusesIsUrlNotAllowedAndAFailingOneIsUpstreamUnavailable() {
        host.withRegistry("[" + entry("down", "1.0.0", "") + ", " + entry("error", "1.0.0", "") + ", "
                + entry("redirect", "1.0.0", "") + ", " + entry("slow", "1.0.0", "") + ", "
                + "{\"name\": \"elsewhere\", \"version\": \"1.0.0\", \"downloadUrl\": \"https://elsewhere.example/e.zip\"}]");
        host.remote.answer(archiveUrl("error"), 500).answer(archiveUrl("redirect"), 302)
                .fail(archiveUrl("slow"), new UpstreamUnavailableException("plugins.example:443 did not answer in time"));

        assertCode(ErrorCode.URL_NOT_ALLOWED, () -> host.marketplace.stage(new PluginId("elsewhere"), STAGING));
        for (String name : List.of("down", "error", "redirect", "slow")) {
            assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, () -> host.marketplace.stage(new PluginId(name), STAGING));
        }
        assertEquals(List.of(), host.archives.extractions());
    }

    @Test
    void aBundledEntryIsReadFromTheJarWithoutAnyDownloadAndVerified() {
        StagedMarketplacePlugin staged = host.marketplace.stage(new PluginId("rate-limiter"), STAGING);

        assertTrue(staged.entry().bundled());
        assertTrue(staged.sha256Verified());
        assertArrayEquals(utf8("rate-limiter archive"), host.archives.extractions().get(0).archive());
        assertEquals(0, host.remote.fetches());
    }

    @Test
    void onlyEntriesOfTheCurrentListingCanBeStaged() {
        assertCode(ErrorCode.PLUGIN_NOT_FOUND, () -> host.marketplace.stage(new PluginId("hello"), STAGING));

        host.withRegistry("[" + entry("hello", "1.0.0", "") + "]");
        DomainException seedEntry = assertThrows(DomainException.class,
                () -> host.marketplace.stage(new PluginId("rate-limiter"), STAGING));

        assertEquals(ErrorCode.PLUGIN_NOT_FOUND, seedEntry.code());
        assertEquals("Plugin rate-limiter is not in the marketplace", seedEntry.getMessage());
    }

    @Test
    void whenTheRegistryFallsBackTheSeedEntriesCanBeStaged() {
        host.withRegistry("[]");

        StagedMarketplacePlugin staged = host.marketplace.stage(new PluginId("request-logger"), STAGING);

        assertEquals(Optional.of(ArchiveDigest.of(utf8("request-logger archive"))), staged.entry().sha256());
    }

    private static void assertCode(ErrorCode expected, Executable call) {
        assertEquals(expected, assertThrows(DomainException.class, call).code());
    }

    private static List<String> names(MarketplaceListing listing) {
        return listing.plugins().stream().map(MarketplaceEntry::name).map(Object::toString).toList();
    }
}
