package dev.plugbay.domain.host.marketplace;

import static dev.plugbay.domain.testing.JsonText.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.host.marketplace.MarketplaceEntryReader.Source;
import dev.plugbay.domain.host.marketplace.RegistryDocument.Listed;
import dev.plugbay.domain.host.marketplace.RegistryDocument.Unusable;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryDocumentTest {

    private static String entry(String name, String version) {
        return "{'name':'" + name + "','version':'" + version + "','downloadUrl':'https://example.org/" + name + ".zip'}";
    }

    @Test
    void anArrayAndAnObjectWithPluginsAreBothRegistries() {
        String entries = "[" + entry("a", "1.0.0") + "," + entry("b", "2.0.0") + "]";

        for (JsonValue document : List.of(json(entries), json("{'plugins':" + entries + ",'name':'my registry'}"))) {
            Listed listed = assertInstanceOf(Listed.class, RegistryDocument.read(document, Source.REMOTE));
            assertEquals(List.of("a", "b"), listed.entries().stream().map(e -> e.name().value()).toList());
            assertEquals(List.of(), listed.skipped());
        }
    }

    @Test
    void invalidEntriesAreSkippedWithTheirIndexNameAndErrorAndTheFirstOfARepeatedNameWins() {
        Listed listed = assertInstanceOf(Listed.class, RegistryDocument.read(json("[" + entry("a", "1.0.0") + ","
                + entry("b", "1.0") + ", 42, " + entry("a", "9.0.0") + ", {'version':'1.0.0'}]"), Source.REMOTE));

        assertEquals(List.of("a"), listed.entries().stream().map(e -> e.name().value()).toList());
        assertEquals("1.0.0", listed.entries().get(0).version().toString());
        assertEquals(List.of(1, 2, 3, 4), listed.skipped().stream().map(SkippedEntry::index).toList());
        assertEquals(List.of(Optional.of("b"), Optional.empty(), Optional.of("a"), Optional.empty()),
                listed.skipped().stream().map(SkippedEntry::name).toList());
        assertTrue(listed.skipped().get(0).error().startsWith("version: "), listed.skipped().get(0).error());
        assertTrue(listed.skipped().get(2).error().contains("first entry wins"), listed.skipped().get(2).error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'plugins':{}}", "'plugins'", "42", "null", "{'plugins':null}"})
    void aDocumentOfAnotherShapeIsUnusable(String document) {
        Unusable unusable = assertInstanceOf(Unusable.class, RegistryDocument.read(json(document), Source.REMOTE));

        assertTrue(unusable.reason().contains("neither an array"), unusable.reason());
    }

    @Test
    void anEmptyListSaysSo() {
        assertEquals(new Unusable("Remote registry returned no plugins"), RegistryDocument.read(json("{'plugins':[]}"), Source.REMOTE));
        assertEquals(new Unusable("Remote registry returned no plugins"), RegistryDocument.read(json("[]"), Source.REMOTE));
    }

    @Test
    void aListWithNoValidEntryIsUnusable() {
        assertEquals(new Unusable("Remote registry has no valid entry"), RegistryDocument.read(json("[1, {}]"), Source.REMOTE));
    }

    @Test
    void moreThanAThousandEntriesIsUnusableAndAThousandIsFine() {
        List<JsonValue> entries = new ArrayList<>();
        for (int i = 0; i < RegistryDocument.MAX_ENTRIES; i++) {
            entries.add(json(entry("p" + i, "1.0.0")));
        }
        assertEquals(1000, assertInstanceOf(Listed.class, RegistryDocument.read(new JsonArray(entries), Source.REMOTE)).entries().size());

        entries.add(json(entry("one-more", "1.0.0")));
        assertEquals(new Unusable("Remote registry lists more than 1000 entries"), RegistryDocument.read(new JsonArray(entries), Source.REMOTE));
    }
}
