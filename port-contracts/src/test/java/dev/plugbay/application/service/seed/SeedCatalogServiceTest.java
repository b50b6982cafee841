package dev.plugbay.application.service.seed;

import dev.plugbay.application.service.seed.SeedCatalogService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.memory.InMemoryPersistence;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.contracts.testing.MutableClock;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.stac.StacLimits;
import dev.plugbay.domain.stac.StacValidator;
import dev.plugbay.domain.stac.StacVocabulary;
import dev.plugbay.domain.user.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedCatalogServiceTest {

    private static final List<JsonObject> EXAMPLES = List.of(
            Manifests.uiPlugin("clock", "1.0.0").with("author", new JsonString("plugbay")),
            Manifests.uiPlugin("sidebar", "1.0.0").with("author", new JsonString("plugbay"))
                    .with("slot", new JsonString("left_sidebar")));

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Test
    void theFirstStartLoadsEveryExampleIntoAnEmptyCatalog() {
        List<Plugin> loaded = service(Manifests.reader()).seedIfFirstStart().loaded();

        assertEquals(List.of("clock", "sidebar"), loaded.stream().map(plugin -> plugin.id().value()).toList());
        assertEquals(2, visibleCount());
        assertEquals(1, persistence.releaseLedger().everPublished(new PluginId("clock")).size());
    }

    @Test
    void laterStartsNeitherDuplicateNorResurrectAnExample() {
        service(Manifests.reader()).seedIfFirstStart();
        persistence.catalog().delete(new PluginId("clock"));
        persistence.catalog().delete(new PluginId("sidebar"));

        SeedCatalogService.SeedOutcome again = service(Manifests.reader()).seedIfFirstStart();

        assertTrue(again.loaded().isEmpty());
        assertEquals(0, visibleCount());
    }

    @Test
    void aCatalogThatAlreadyHasPluginsGetsNoExamplesNowOrLater() {
        persistence.catalog().insert(Plugin.create(Manifests.reader().read(Manifests.uiPlugin("mine", "1.0.0")
                .with("author", new JsonString("alice")), ManifestOrigin.document())
                .manifest(), false, 0, List.of(), new MutableClock(Instant.EPOCH)));

        assertTrue(service(Manifests.reader()).seedIfFirstStart().loaded().isEmpty());
        persistence.catalog().delete(new PluginId("mine"));
        assertTrue(service(Manifests.reader()).seedIfFirstStart().loaded().isEmpty());
    }

    @Test
    void anExampleTheConfigurationRefusesIsSkippedWithItsReason() {
        ManifestReader withoutSidebar = new ManifestReader(SlotCatalog.of(List.of("dashboard_top")),
                new StacValidator(StacVocabulary.DEFAULT, StacLimits.DEFAULT), Optional.empty());

        SeedCatalogService.SeedOutcome outcome = service(withoutSidebar).seedIfFirstStart();

        assertEquals(List.of("clock"), outcome.loaded().stream().map(plugin -> plugin.id().value()).toList());
        assertEquals(1, outcome.skipped().size());
        assertTrue(outcome.skipped().get(0).startsWith("\"sidebar\": "), outcome.skipped().get(0));
    }

    private SeedCatalogService service(ManifestReader reader) {
        return new SeedCatalogService(() -> EXAMPLES, persistence.exampleCatalogClaim(), persistence.catalog(), persistence.releaseLedger(),
                persistence.unitOfWork(), reader, new MutableClock(Instant.parse("2026-01-01T00:00:00Z")));
    }

    private long visibleCount() {
        return persistence.catalog().search(new CatalogQuery(new Username("anyone"), Optional.empty(), Optional.empty(),
                Optional.empty(), CatalogSort.NAME, 1, 50)).total();
    }
}
