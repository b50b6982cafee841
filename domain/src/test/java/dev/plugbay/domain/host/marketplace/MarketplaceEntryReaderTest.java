package dev.plugbay.domain.host.marketplace;

import static dev.plugbay.domain.testing.JsonText.json;
import static dev.plugbay.domain.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.host.marketplace.MarketplaceEntryReader.Source;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.plugin.License;
import dev.plugbay.domain.plugin.Tag;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketplaceEntryReaderTest {

    private static final String SHA = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
    private static final JsonObject MINIMAL = object("{'name':'request-logger','version':'1.2.0','downloadUrl':'https://example.org/rl.tgz'}");

    @Test
    void aMinimalRemoteEntryTakesTheDefaults() {
        MarketplaceEntry entry = MarketplaceEntryReader.read(MINIMAL, Source.REMOTE);

        assertEquals("request-logger", entry.name().value());
        assertEquals(SemanticVersion.parse("1.2.0"), entry.version());
        assertEquals("", entry.description());
        assertEquals("", entry.author());
        assertEquals(License.MIT, entry.license());
        assertEquals(List.of(), entry.tags());
        assertEquals("https://example.org/rl.tgz", entry.downloadUrl());
        assertEquals(Optional.empty(), entry.repository());
        assertEquals(Optional.empty(), entry.integrity());
        assertEquals(Optional.empty(), entry.sha256());
        assertEquals(0, entry.downloads());
        assertEquals(0.0, entry.rating());
        assertFalse(entry.verified());
        assertEquals(Optional.empty(), entry.lastUpdated());
        assertFalse(entry.bundled());
    }

    @Test
    void everyFieldIsRead() {
        MarketplaceEntry entry = MarketplaceEntryReader.read(object("""
                {'name':'theme-manager','version':'2.0.0-rc.1','description':'Themes','author':'Ana Lima',
                 'license':'Apache-2.0','tags':['theme','ui'],'downloadUrl':'http://plugins.example.org/tm.zip',
                 'repository':'https://github.com/example/tm','integrity':'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
                 'sha256':'%s','downloads':1200,'rating':4.5,'verified':true,'lastUpdated':'2026-06-09','unknown':{}}"""
                .formatted(SHA)), Source.REMOTE);

        assertEquals(List.of(new Tag("theme"), new Tag("ui")), entry.tags());
        assertEquals(SHA.toLowerCase(), entry.sha256().orElseThrow().hex());
        assertEquals("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", entry.integrity().orElseThrow().toString());
        assertEquals(1200, entry.downloads());
        assertEquals(4.5, entry.rating());
        assertTrue(entry.verified());
        assertEquals(Optional.of("2026-06-09"), entry.lastUpdated());
        assertEquals(Optional.of("https://github.com/example/tm"), entry.repository());
    }

    @Test
    void nullReadsAsAbsent() {
        MarketplaceEntry entry = MarketplaceEntryReader.read(MINIMAL.with("sha256", JsonNull.INSTANCE)
                .with("integrity", JsonNull.INSTANCE), Source.REMOTE);

        assertEquals(Optional.empty(), entry.sha256());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "name        | 'Request Logger'              | name",
            "name        | 7                             | name",
            "version     | '1.0'                         | version",
            "version     | 'v1.0.0'                      | version",
            "description | '%501'                        | description",
            "author      | '%201'                        | author",
            "license     | 'not a license!'              | license",
            "tags        | ['UPPER']                     | tags[0]",
            "tags        | 'logging'                     | tags",
            "downloadUrl | 'ftp://example.org/a.zip'     | downloadUrl",
            "downloadUrl | 'file:///etc/passwd'          | downloadUrl",
            "downloadUrl | 'not a url'                   | downloadUrl",
            "downloadUrl | ''                            | downloadUrl",
            "downloadUrl | 'https://example.org/%2049'   | downloadUrl",
            "repository  | 'javascript:alert(1)'         | repository",
            "integrity   | 'md5-abc'                     | integrity",
            "sha256      | 'abc'                         | sha256",
            "sha256      | 123                           | sha256",
            "downloads   | -1                            | downloads",
            "downloads   | 1.5                           | downloads",
            "downloads   | '12'                          | downloads",
            "rating      | 5.5                           | rating",
            "rating      | -1                            | rating",
            "verified    | 'yes'                         | verified",
            "lastUpdated | 20260609                      | lastUpdated"})
    void aBrokenFieldIsNamedInTheError(String field, String json, String named) {
        String value = json.replace("%501", "d".repeat(501)).replace("%201", "a".repeat(201)).replace("%2049", "p".repeat(2049));
        JsonObject entry = MINIMAL.with(field, json(value));

        InvalidRequestException error = assertThrows(InvalidRequestException.class, () -> MarketplaceEntryReader.read(entry, Source.REMOTE));

        assertTrue(error.getMessage().startsWith(named + ": "), error.getMessage());
    }

    @Test
    void aRemoteEntryNeedsADownloadUrlAndEveryProblemIsListed() {
        InvalidRequestException error = assertThrows(InvalidRequestException.class,
                () -> MarketplaceEntryReader.read(object("{'version':'x'}"), Source.REMOTE));

        assertTrue(error.getMessage().contains("name: is required"), error.getMessage());
        assertTrue(error.getMessage().contains("version: "), error.getMessage());
        assertTrue(error.getMessage().contains("downloadUrl: is required"), error.getMessage());
    }

    @Test
    void aBundledEntryHasNoDownloadUrlAndAlwaysASha256() {
        JsonObject seed = object("{'name':'cost-tracker','version':'1.0.0','downloadUrl':'','sha256':'%s'}".formatted(SHA));

        MarketplaceEntry entry = MarketplaceEntryReader.read(seed, Source.BUNDLED);

        assertTrue(entry.bundled());
        assertEquals("", entry.downloadUrl());
        assertThrows(InvalidRequestException.class, () -> MarketplaceEntryReader.read(seed.with("downloadUrl",
                new JsonString("https://example.org/a.zip")), Source.BUNDLED));
        assertThrows(InvalidRequestException.class,
                () -> MarketplaceEntryReader.read(object("{'name':'cost-tracker','version':'1.0.0'}"), Source.BUNDLED));
    }

    @Test
    void aRemoteEntryIsNeverBundledWhateverItSays() {
        assertFalse(MarketplaceEntryReader.read(MINIMAL.with("bundled", JsonBoolean.TRUE), Source.REMOTE).bundled());
    }

    @ParameterizedTest
    @CsvSource({"LOGGER, true", "  logger , true", "'', true", "requests, true", "DEBUGGING, true", "zzz, false", "İ, false"})
    void searchIsACaseInsensitiveSubstringOfNameDescriptionOrTag(String query, boolean found) {
        MarketplaceEntry entry = MarketplaceEntryReader.read(MINIMAL.with("description", new JsonString("Logs all Requests"))
                .with("tags", json("['logging','debugging']")), Source.REMOTE);

        assertEquals(found, entry.matches(query));
    }
}
