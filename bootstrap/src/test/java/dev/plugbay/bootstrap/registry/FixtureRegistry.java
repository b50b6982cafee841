package dev.plugbay.bootstrap.registry;

import static dev.plugbay.bootstrap.MarketplaceApi.elements;
import static dev.plugbay.bootstrap.MarketplaceApi.ids;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.number;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonValue;
import java.util.List;
import java.util.Map;

/** What Plugbay answers once it mirrored the shared fixture registry, wherever the registry is kept. */
final class FixtureRegistry {

    static final List<String> OFFICIAL = List.of("digital_clock", "quality_checker", "stock-alerts", "who_am_i");
    private static final Map<String, Long> INDEX_DOWNLOADS = Map.of("digital_clock", 41L, "quality_checker", 12L,
            "stock-alerts", 0L, "who_am_i", 3L);

    private FixtureRegistry() {
    }

    /** The first sync's report: four plugins added, and the one with a bad version skipped with the reason. */
    static void assertMirrored(JsonValue report) {
        assertEquals(List.of(4L, 0L, 0L), List.of(number(report, "added"), number(report, "updated"),
                number(report, "removed")), report.toJson());
        List<JsonValue> skipped = elements(member(report, "skipped"));
        assertEquals(List.of("broken_version"), skipped.stream().map(entry -> text(entry, "id")).toList());
        assertTrue(text(skipped.get(0), "error").contains("1.0"), skipped.get(0).toJson());
    }

    /** The community page (sorted by name): the official plugins with the index's download counts. */
    static void assertListedAsOfficial(JsonValue community) {
        assertEquals(OFFICIAL, ids(community).stream().sorted().toList());
        for (JsonValue view : elements(community)) {
            assertEquals(JsonBoolean.TRUE, member(view, "isOfficial"), view.toJson());
            assertEquals(INDEX_DOWNLOADS.get(text(view, "id")), number(view, "downloadCount"), view.toJson());
        }
    }
}
