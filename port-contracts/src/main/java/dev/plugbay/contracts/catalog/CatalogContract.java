package dev.plugbay.contracts.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.memory.InMemoryCatalog;
import dev.plugbay.contracts.memory.InMemoryPersistence;
import dev.plugbay.contracts.persistence.PersistenceContract;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.catalog.InstalledPlugins;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.catalog.PluginKind;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.plugin.Slot;
import dev.plugbay.domain.plugin.Tag;
import dev.plugbay.domain.testing.JsonText;
import dev.plugbay.domain.user.Username;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The contract of {@code CatalogReads} and {@code CatalogWrites}. */
public abstract class CatalogContract extends PersistenceContract {

    @Test
    void aStoredPluginReadsBackEqualWithItsReleases() {
        Plugin plugin = Plugin.create(manifest(JsonText.fixture("registry/plugins/quality_checker.json")), true, 12,
                Set.of(), CLOCK);
        ports.catalogWrites().insert(plugin);
        Plugin updated = stored("quality_checker").publish(manifest(JsonText.fixture("registry/plugins/quality_checker.json")
                .with("version", new JsonString("1.1.0-rc.1+build.5"))), Set.of(), Clock.fixed(at(5), ZoneOffset.UTC));
        ports.catalogWrites().update(updated);

        Plugin read = stored("quality_checker");

        assertEquals(updated.releases(), read.releases());
        assertEquals("1.0.0", read.latestVersion().toString());
        assertEquals("1.1.0-rc.1+build.5", read.highestRelease().version().toString());
        assertEquals(12, read.downloadCount());
        assertTrue(read.isOfficial());
        assertEquals(CLOCK.instant(), read.createdAt());
        assertEquals(at(5), read.updatedAt());
        assertEquals(plugin.current(), read.releases().get(0).manifest());
    }

    @Test
    void aTakenIdIsAlreadyExists() {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));

        assertCode(ErrorCode.ALREADY_EXISTS, () -> ports.catalogWrites().insert(newPlugin("clock", "2.0.0", "bob")));
        assertEquals("alice", stored("clock").author().value());
    }

    @Test
    void anUpdateFromAStaleReadIsAVersionConflict() {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));
        Plugin first = stored("clock");
        ports.catalogWrites().update(first.publish(manifest("clock", "1.1.0", "alice"), Set.of(), CLOCK));

        assertCode(ErrorCode.VERSION_CONFLICT,
                () -> ports.catalogWrites().update(first.publish(manifest("clock", "1.2.0", "alice"), Set.of(), CLOCK)));
        assertEquals("1.1.0", stored("clock").latestVersion().toString());
    }

    @Test
    void parallelUpdatesFromTheSameReadHaveExactlyOneWinner() throws Exception {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));
        Plugin read = stored("clock");

        int winners = succeededInParallel(20, i -> {
            try {
                ports.catalogWrites().update(read.publish(manifest("clock", "1." + (i + 1) + ".0", "alice"), Set.of(), CLOCK));
                return true;
            } catch (DomainException conflict) {
                assertEquals(ErrorCode.VERSION_CONFLICT, conflict.code());
                return false;
            }
        });

        assertEquals(1, winners);
        assertEquals(2, stored("clock").releases().size());
    }

    @Test
    void updatingKeepsTheDownloadCount() {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));
        Plugin read = stored("clock");
        ports.downloads().increment(read.id());

        ports.catalogWrites().update(read.withOfficial(true));

        assertEquals(1, stored("clock").downloadCount());
        assertTrue(stored("clock").isOfficial());
    }

    @Test
    void deleteRemovesThePluginAndSaysWhetherItExisted() {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));

        assertTrue(ports.catalogWrites().delete(new PluginId("clock")));
        assertFalse(ports.catalogWrites().delete(new PluginId("clock")));
        assertTrue(ports.catalogReads().find(new PluginId("clock")).isEmpty());
    }

    @Test
    void findAllReturnsOnlyThoseThatExist() {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));
        ports.catalogWrites().insert(newPlugin("weather", "1.0.0", "alice"));

        assertEquals(Set.of("clock", "weather"), ports.catalogReads()
                .findAll(List.of(new PluginId("clock"), new PluginId("weather"), new PluginId("nope")))
                .keySet().stream().map(PluginId::value).collect(Collectors.toSet()));
    }

    @Test
    void searchShowsPublicPluginsAndTheViewersPrivateOnes() {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));
        ports.catalogWrites().insert(Plugin.create(manifest(Manifests.privateUiPlugin("diary", "1.0.0")
                .with("author", new JsonString("Alice"))), false, 0, Set.of(), CLOCK));

        assertEquals(List.of("clock", "diary"), ids(search("ALICE", CatalogSort.NAME, null, null, null, 1, 10)));
        Page<Plugin> forBob = search("bob", CatalogSort.NAME, null, null, null, 1, 10);
        assertEquals(List.of("clock"), ids(forBob));
        assertEquals(1, forBob.total());
    }

    @Test
    void aViewerWithoutAnAuthorNameSeesPublicPluginsOnlyEvenWhenTheirSubjectIsAnAuthor() {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));
        ports.catalogWrites().insert(Plugin.create(manifest(Manifests.privateUiPlugin("diary", "1.0.0")
                .with("author", new JsonString("alice"))), false, 0, Set.of(), CLOCK));

        for (String text : new String[] {null, "diary"}) {
            Page<Plugin> page = ports.catalogReads().search(new CatalogQuery(new Username("alice"), Optional.ofNullable(text),
                    Optional.empty(), Optional.empty(), CatalogSort.NAME, 1, 10, Optional.empty()));
            assertEquals(text == null ? List.of("clock") : List.of(), ids(page));
            assertEquals(text == null ? 1 : 0, page.total());
        }
    }

    @Test
    void searchMatchesTextInIdNameDescriptionAndTagsIgnoringCase() {
        insertSearchable("alpha", "Sun Dial", "Tells the time", "time");
        insertSearchable("beta", "Weather", "Rain or SHINE", "forecast");
        insertSearchable("gamma", "Stock", "Inventory counts", "weather-alerts");
        insertSearchable("sunny", "Other", "Nothing", "misc");

        assertEquals(List.of("sunny", "alpha"), ids(search("bob", CatalogSort.NAME, "SUN", null, null, 1, 10)));
        assertEquals(List.of("beta"), ids(search("bob", CatalogSort.NAME, "shine", null, null, 1, 10)));
        assertEquals(List.of("gamma", "beta"), ids(search("bob", CatalogSort.NAME, "weather", null, null, 1, 10)));
        assertEquals(List.of(), ids(search("bob", CatalogSort.NAME, "%", null, null, 1, 10)));
        assertEquals(List.of(), ids(search("bob", CatalogSort.NAME, "_", null, null, 1, 10)));
    }

    @Test
    void searchTextIsWordsThatEachMustStartAWordOfThePlugin() {
        insertSearchable("alpha", "Sun Dial", "Tells the time", "time");
        insertSearchable("beta", "Weather", "Rain or SHINE", "forecast");
        insertSearchable("quality_checker", "Checker", "", "x");

        assertEquals(List.of("beta"), ids(search("bob", CatalogSort.NAME, "wea", null, null, 1, 10)));
        assertEquals(List.of(), ids(search("bob", CatalogSort.NAME, "ather", null, null, 1, 10)));
        assertEquals(List.of("alpha"), ids(search("bob", CatalogSort.NAME, "tim sun", null, null, 1, 10)));
        assertEquals(List.of(), ids(search("bob", CatalogSort.NAME, "sun rain", null, null, 1, 10)));
        assertEquals(List.of("alpha"), ids(search("bob", CatalogSort.NAME, "  dial!? ", null, null, 1, 10)));
        assertEquals(List.of("quality_checker"), ids(search("bob", CatalogSort.NAME, "QUALITY_check", null, null, 1, 10)));
    }

    @Test
    void searchFiltersBySlotAndTag() {
        insertSearchable("alpha", "Alpha", "", "time");
        ports.catalogWrites().insert(Plugin.create(manifest(Manifests.uiPlugin("beta", "1.0.0")
                .with("slot", new JsonString("left_sidebar"))
                .with("tags", JsonArray.of(new JsonString("time"), new JsonString("clock")))
                .with("author", new JsonString("alice"))), false, 0, Set.of(), CLOCK));

        assertEquals(List.of("beta"), ids(search("bob", CatalogSort.NAME, null, "left_sidebar", null, 1, 10)));
        assertEquals(List.of("alpha", "beta"), ids(search("bob", CatalogSort.NAME, null, null, "time", 1, 10)));
        assertEquals(List.of("beta"), ids(search("bob", CatalogSort.NAME, null, null, "clock", 1, 10)));
        assertEquals(List.of(), ids(search("bob", CatalogSort.NAME, null, "asset_detail", "time", 1, 10)));
    }

    @Test
    void searchSortsByDownloadsNameAndUpdatedWithIdAsTieBreaker() {
        insertSearchable("b-plugin", "Zeta", "", "x");
        insertSearchable("a-plugin", "zeta", "", "x");
        insertSearchable("c-plugin", "Alpha", "", "x");
        ports.downloads().increment(new PluginId("c-plugin"));
        ports.downloads().increment(new PluginId("c-plugin"));
        ports.downloads().increment(new PluginId("b-plugin"));
        Plugin newer = stored("a-plugin").publish(manifest(Manifests.uiPlugin("a-plugin", "2.0.0")
                .with("name", new JsonString("zeta")).with("author", new JsonString("alice"))), Set.of(),
                Clock.fixed(at(10), ZoneOffset.UTC));
        ports.catalogWrites().update(newer);

        assertEquals(List.of("c-plugin", "b-plugin", "a-plugin"), ids(search("bob", CatalogSort.DOWNLOADS, null, null, null, 1, 10)));
        assertEquals(List.of("c-plugin", "a-plugin", "b-plugin"), ids(search("bob", CatalogSort.NAME, null, null, null, 1, 10)));
        assertEquals(List.of("a-plugin", "b-plugin", "c-plugin"), ids(search("bob", CatalogSort.UPDATED, null, null, null, 1, 10)));
    }

    @Test
    void searchPagesWithoutOverlapAndCountsEveryMatch() {
        for (int i = 0; i < 7; i++) {
            insertSearchable("p" + i, "Plugin " + i, "", "x");
        }

        Page<Plugin> second = search("bob", CatalogSort.NAME, null, null, null, 2, 3);
        Page<Plugin> beyond = search("bob", CatalogSort.NAME, null, null, null, 4, 3);

        assertEquals(List.of("p3", "p4", "p5"), ids(second));
        assertEquals(7, second.total());
        assertEquals(List.of(), ids(beyond));
        assertEquals(7, beyond.total());
    }

    @Test
    void textSearchesCountEachPluginOnceAndSortAndPageLikeBrowsing() {
        for (int i = 0; i < 7; i++) {
            insertSearchable("p" + i, "Clock " + i, "Clockwork that chimes, for clocks", "x");
        }
        insertSearchable("other", "Other", "Chimes only", "x");
        ports.downloads().increment(new PluginId("p2"));
        ports.downloads().increment(new PluginId("p2"));
        ports.downloads().increment(new PluginId("p5"));

        for (String text : List.of("clock", "chim clock")) {
            Page<Plugin> top = search("bob", CatalogSort.DOWNLOADS, text, null, null, 1, 3);
            Page<Plugin> second = search("bob", CatalogSort.NAME, text, null, null, 2, 3);
            Page<Plugin> beyond = search("bob", CatalogSort.UPDATED, text, null, null, 4, 3);

            assertEquals(List.of("p2", "p5", "p0"), ids(top), text);
            assertEquals(7, top.total(), text + ": each plugin once, though the word starts three of its words");
            assertEquals(List.of("p3", "p4", "p5"), ids(second), text);
            assertEquals(7, second.total(), text);
            assertEquals(List.of(), ids(beyond), text);
            assertEquals(7, beyond.total(), text);
        }
    }

    @Test
    void aSearchLeavingOutTheViewersInstalledPluginsPagesAndCountsWhatItReturns() {
        for (int i = 0; i < 7; i++) {
            insertSearchable("p" + i, "Clock " + i, "Clockwork that chimes, for clocks", "x");
        }
        ports.installations().insert(installation("bob", stored("p1")));
        ports.installations().insert(installation("bob", stored("p4")));
        ports.installations().insert(installation("carol", stored("p2")));

        for (String text : Arrays.asList(null, "clock", "chim clock")) {
            Page<Plugin> first = searchNotInstalled("BOB", text, 1);
            Page<Plugin> second = searchNotInstalled("bob", text, 2);

            assertEquals(List.of("p0", "p2", "p3"), ids(first), text + ": carol's installation is not bob's");
            assertEquals(List.of("p5", "p6"), ids(second), text);
            assertEquals(5, first.total(), text);
            assertEquals(5, second.total(), text);
            assertEquals(7, search("bob", CatalogSort.NAME, text, null, null, 1, 3).total(), text);
        }
        ports.installations().delete(new Username("bob"), new PluginId("p4"));
        Page<Plugin> afterUninstall = searchNotInstalled("bob", "clock", 2);
        assertEquals(List.of("p4", "p5", "p6"), ids(afterUninstall), "an uninstalled plugin is offered again at once");
        assertEquals(6, afterUninstall.total());
    }

    @Test
    void aSearchForOneKindOfPluginPagesAndCountsWhatItReturns() {
        for (int i = 0; i < 4; i++) {
            insertSearchable("p" + i, "Clock " + i, "Clockwork that chimes, for clocks", "x");
        }
        for (int i = 0; i < 3; i++) {
            JsonObject code = JsonText.object("{\"id\": \"c" + i + "\", \"name\": \"Code clock " + i + "\","
                    + " \"version\": \"1.0.0\", \"description\": \"Clockwork that chimes\", \"main\": \"index.js\", \"author\": \"alice\"}");
            ports.catalogWrites().insert(Plugin.create(manifest(i == 2 ? code.with("slot", new JsonString("dashboard_top")) : code),
                    false, 0, Set.of(), CLOCK));
        }

        for (String text : Arrays.asList(null, "clock", "chim clock")) {
            Page<Plugin> ui = searchKind(PluginKind.UI, text, 1);
            Page<Plugin> code = searchKind(PluginKind.CODE, text, 1);
            Page<Plugin> codeSecond = searchKind(PluginKind.CODE, text, 2);
            Page<Plugin> all = searchKind(PluginKind.ALL, text, 3);

            assertEquals(List.of("p0", "p1"), ids(ui), text);
            assertEquals(4, ui.total(), text);
            assertEquals(List.of("c0", "c1"), ids(code), text);
            assertEquals(List.of("c2"), ids(codeSecond), text + ": a slot without a ui is code");
            assertEquals(3, codeSecond.total(), text);
            assertEquals(List.of("c0", "c1"), ids(all), text + ": Clock 0 to 3, then Code clock 0 and 1");
            assertEquals(7, all.total(), text);
        }
    }

    @Test
    void theLongestDescriptionWordInSupplementaryLettersIsStoredAndFoundByItsStart() {
        String bold = new String(Character.toChars(0x1D41A)); // MATHEMATICAL BOLD SMALL A: one letter, two chars
        String word = bold.repeat(500);
        insertSearchable("long_word", "Long word", word, "x");
        insertSearchable("short_word", "Short word", bold.repeat(3), "x");

        assertEquals(word, stored("long_word").current().description());
        Page<Plugin> start = search("bob", CatalogSort.NAME, bold.repeat(2), null, null, 1, 10);
        assertEquals(List.of("long_word", "short_word"), ids(start));
        assertEquals(2, start.total());
        assertEquals(List.of("long_word"), ids(search("bob", CatalogSort.NAME, bold.repeat(4), null, null, 1, 10)));
        assertEquals(1, search("bob", CatalogSort.NAME, bold.repeat(CatalogQuery.MAX_TEXT_LENGTH), null, null, 1, 10)
                .total());
    }

    @Test
    void everySearchAgreesWithTheReferenceCatalogAfterInsertsUpdatesDeletesAndDownloads() {
        InMemoryCatalog reference = new InMemoryPersistence().catalog();
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            Plugin plugin = Plugin.create(manifest(variedPlugin("p" + i, "1.0.0", random)), false, 0, Set.of(), CLOCK);
            ports.catalogWrites().insert(plugin);
            reference.insert(plugin);
        }
        for (int i = 1; i <= 12; i++) {
            PluginId id = new PluginId("p" + random.nextInt(40));
            Manifest next = manifest(variedPlugin(id.value(), "1." + i + ".0", random));
            Clock later = Clock.fixed(at(i), ZoneOffset.UTC);
            ports.catalogWrites().update(stored(id.value()).publish(next, Set.of(), later));
            reference.update(reference.find(id).orElseThrow().publish(next, Set.of(), later));
        }
        for (int i = 0; i < 6; i++) {
            PluginId id = new PluginId("p" + random.nextInt(40));
            assertEquals(reference.delete(id), ports.catalogWrites().delete(id), id.value());
        }
        for (int i = 0; i < 60; i++) {
            PluginId id = new PluginId("p" + random.nextInt(40));
            ports.downloads().increment(id);
            reference.increment(id);
        }

        int queries = 0;
        for (String viewer : List.of("alice", "bob", "carol")) {
            for (String text : Arrays.asList(null, "c", "ca", "cal", "calendar", "cl", "clock", "tim", "p", "p1",
                    "cal tim", "a", "zzz")) {
                for (String slot : Arrays.asList(null, "left_sidebar")) {
                    for (String tag : Arrays.asList(null, "time")) {
                        for (CatalogSort sort : CatalogSort.values()) {
                            for (int page = 1; ; page++) {
                                CatalogQuery query = new CatalogQuery(new Username(viewer), Optional.ofNullable(text),
                                        Optional.ofNullable(slot).map(Slot::new), Optional.ofNullable(tag).map(Tag::new),
                                        sort, page, 4);
                                Page<Plugin> expected = reference.search(query);
                                Page<Plugin> actual = ports.catalogReads().search(query);
                                assertEquals(ids(expected), ids(actual), query.toString());
                                assertEquals(expected.total(), actual.total(), query.toString());
                                queries++;
                                if (expected.items().isEmpty()) {
                                    break;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(queries > 1_000, "queries run: " + queries);
    }

    @Test
    void parallelNewAndDeletedPluginsSharingWordsAreEachCountedOnce() throws Exception {
        assertEquals(24, succeededInParallel(24, i -> {
            insertSearchable("clock" + i, "Clock " + i, "Chimes and clockwork", "time");
            return true;
        }));
        assertEquals(8, succeededInParallel(24, i -> ports.catalogWrites().delete(new PluginId("clock" + (3 * (i % 8))))),
                "each of 8 plugins deleted three times at once");

        assertEquals(16, search("bob", CatalogSort.NAME, "clo", null, null, 1, 5).total());
        assertEquals(16, search("bob", CatalogSort.NAME, "chimes", "dashboard_top", null, 1, 5).total());
        assertEquals(16, search("bob", CatalogSort.NAME, null, null, "time", 1, 5).total());
        assertEquals(16, search("bob", CatalogSort.DOWNLOADS, null, null, null, 1, 5).total());
    }

    @Test
    void theListedFaceIsTheLatestStableRelease() {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));
        ports.catalogWrites().update(stored("clock").publish(manifest(Manifests.uiPlugin("clock", "2.0.0-beta.1")
                .with("name", new JsonString("Renamed in beta")).with("author", new JsonString("alice"))), Set.of(), CLOCK));

        assertEquals(List.of(), ids(search("bob", CatalogSort.NAME, "renamed", null, null, 1, 10)));
        assertEquals(List.of("clock"), ids(search("bob", CatalogSort.NAME, "plugin clock", null, null, 1, 10)));
    }

    @Test
    void officialPluginsAreListedById() {
        ports.catalogWrites().insert(newPlugin("zeta", "1.0.0", "alice").withOfficial(true));
        ports.catalogWrites().insert(newPlugin("alpha", "1.0.0", "alice").withOfficial(true));
        ports.catalogWrites().insert(newPlugin("local", "1.0.0", "alice"));

        assertEquals(List.of("alpha", "zeta"), ids(ports.catalogReads().findOfficial()));
    }

    private void insertSearchable(String id, String name, String description, String tag) {
        ports.catalogWrites().insert(Plugin.create(manifest(Manifests.uiPlugin(id, "1.0.0")
                .with("name", new JsonString(name))
                .with("description", new JsonString(description))
                .with("tags", JsonArray.of(new JsonString(tag)))
                .with("isPublic", JsonBoolean.TRUE)
                .with("author", new JsonString("alice"))), false, 0, Set.of(), CLOCK));
    }

    /** Names, descriptions, tags, slots and visibility drawn from small sets, so that prefixes cover several words. */
    private static JsonObject variedPlugin(String id, String version, Random random) {
        List<String> words = List.of("Cal", "Calendar", "Calm", "Call", "Camera", "Clock", "Clocks", "Clockwork", "Chart",
                "Time", "Timer", "Timeline", "Weather");
        IntFunction<String> word = unused -> words.get(random.nextInt(words.size()));
        return Manifests.uiPlugin(id, version)
                .with("name", new JsonString(word.apply(0) + " " + word.apply(0)))
                .with("description", new JsonString("A " + word.apply(0).toLowerCase(Locale.ROOT) + " and " + word.apply(0)))
                .with("tags", JsonArray.of(new JsonString(List.of("time", "tools", "media").get(random.nextInt(3)))))
                .with("slot", new JsonString(random.nextBoolean() ? "left_sidebar" : "dashboard_top"))
                .with("isPublic", random.nextInt(4) == 0 ? JsonBoolean.FALSE : JsonBoolean.TRUE)
                .with("author", new JsonString(Integer.parseInt(id.substring(1)) % 3 == 0 ? "bob" : "alice"));
    }

    private Page<Plugin> search(String viewer, CatalogSort sort, String text, String slot, String tag, int page, int size) {
        return ports.catalogReads().search(new CatalogQuery(new Username(viewer), Optional.ofNullable(text),
                Optional.ofNullable(slot).map(Slot::new), Optional.ofNullable(tag).map(Tag::new), sort, page, size));
    }

    private Page<Plugin> searchNotInstalled(String viewer, String text, int page) {
        return ports.catalogReads().search(new CatalogQuery(new Username(viewer), Optional.ofNullable(text),
                Optional.empty(), Optional.empty(), CatalogSort.NAME, page, 3, Optional.of(new Username(viewer)),
                InstalledPlugins.EXCLUDE, PluginKind.ALL));
    }

    private Page<Plugin> searchKind(PluginKind kind, String text, int page) {
        return ports.catalogReads().search(new CatalogQuery(new Username("bob"), Optional.ofNullable(text),
                Optional.empty(), Optional.empty(), CatalogSort.NAME, page, 2, Optional.of(new Username("bob")),
                InstalledPlugins.INCLUDE, kind));
    }

    private static List<String> ids(Page<Plugin> page) {
        return ids(page.items());
    }

    private static List<String> ids(List<Plugin> plugins) {
        return plugins.stream().map(plugin -> plugin.id().value()).toList();
    }
}
