package dev.plugbay.domain.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.RegistryIndex.Listed;
import dev.plugbay.domain.registry.RegistryIndex.Listing;
import dev.plugbay.domain.registry.RegistryIndex.Refused;
import dev.plugbay.domain.testing.JsonText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryIndexTest {

    @Test
    void theSharedFixtureListsEveryPluginInOrderWithItsFile() {
        List<Listing> listings = RegistryIndex.listings(JsonText.fixture("registry/repository_plugin.json"));

        assertEquals(List.of("digital_clock", "who_am_i", "stock-alerts", "quality_checker", "broken_version"),
                listings.stream().map(Listing::id).toList());
        assertEquals("plugins/stock-alerts.json", ((Listed) listings.get(2)).file());
    }

    @Test
    void anEntryThatCannotNameAFileIsRefusedWithTheReasonAndTheOthersStayListed() {
        List<Listing> listings = RegistryIndex.listings(JsonText.object("""
                {'plugins': [7, {'name': 'no id'}, {'id': '../escape'}, {'id': 'twice'}, {'id': 'twice'}, {'id': 'fine'}]}
                """));

        assertEquals(List.of("plugins[0]", "plugins[1]", "../escape", "twice", "twice", "fine"), listings.stream().map(Listing::id).toList());
        assertEquals("the index entry is not an object", ((Refused) listings.get(0)).reason());
        assertEquals("the index entry has no string id", ((Refused) listings.get(1)).reason());
        assertTrue(listings.get(2) instanceof Refused);
        assertTrue(listings.get(3) instanceof Listed);
        assertEquals("the id is listed more than once in the index", ((Refused) listings.get(4)).reason());
        assertTrue(listings.get(5) instanceof Listed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{}", "{'plugins': {}}"})
    void anIndexWithoutAPluginsArrayIsUpstreamUnavailable(String document) {
        DomainException failure = assertThrows(DomainException.class, () -> RegistryIndex.listings(JsonText.json(document)));

        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, failure.code());
    }

    @Test
    void writingAnEntryCopiesTheFileFieldsKeepsTheOthersAndItsPlace() {
        JsonObject index = JsonText.object("""
                {'name': 'Market', 'plugins': [{'id': 'a', 'version': '1.0.0', 'downloadCount': 7}, {'id': 'b'}]}
                """);
        JsonObject file = JsonText.object("{'id': 'a', 'name': 'A', 'version': '1.1.0', 'slot': 'dashboard_top', 'ui': {}}");

        JsonObject updated = RegistryIndex.withEntry(index, new PluginId("a"), file);
        JsonObject added = RegistryIndex.withEntry(updated, new PluginId("c"), file.with("id", new JsonString("c")));

        assertEquals(JsonText.object("""
                {'name': 'Market', 'plugins': [
                  {'id': 'a', 'version': '1.1.0', 'downloadCount': 7, 'name': 'A', 'slot': 'dashboard_top'},
                  {'id': 'b'},
                  {'id': 'c', 'name': 'A', 'version': '1.1.0', 'slot': 'dashboard_top'}]}
                """), added);
        assertEquals(JsonText.object("{'name': 'Market', 'plugins': [{'id': 'b'}, {'id': 'c', 'name': 'A', 'version': '1.1.0', 'slot': 'dashboard_top'}]}"),
                RegistryIndex.withoutEntry(added, new PluginId("a")));
    }

    @Test
    void theIndexEntryFillsInOnlyWhatThePluginFileLeavesOut() {
        JsonObject file = JsonText.fixture("registry/plugins/who_am_i.json");
        JsonObject entry = JsonText.object("{'id': 'who_am_i', 'name': 'Index name', 'version': '1.0.0', 'slot': 'dashboard_top', 'downloadCount': 3}");

        JsonObject merged = RegistryIndex.withIndexDefaults(file, entry);

        assertEquals(file.with("version", new JsonString("1.0.0")).with("slot", new JsonString("dashboard_top")), merged);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'downloadCount': 41                 | 41
            'downloadCount': 9007199254740992   | 9007199254740992
            'downloadCount': 9007199254740993   | 0
            'downloadCount': 4.0                | 4
            'downloadCount': 4.5                | 0
            'downloadCount': -1                 | 0
            'downloadCount': '41'               | 0
            'name': 'no count'                  | 0
            """)
    void theStartingDownloadCountIsASafeWholeNumberElseZero(String member, long expected) {
        assertEquals(expected, RegistryIndex.downloads(JsonText.object("{'id': 'x', " + member + "}")));
    }
}
