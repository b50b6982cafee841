package dev.plugbay.adapters.persistence.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.catalog.JdbcCatalog;
import dev.plugbay.adapters.persistence.ledger.JdbcReleaseLedger;
import dev.plugbay.adapters.persistence.settings.JdbcExampleCatalogClaim;
import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.adapters.persistence.transaction.TransactionalUnitOfWork;
import dev.plugbay.application.service.seed.SeedCatalogService;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.plugin.PluginId;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped examples, and their loading on real databases across restarts. */
class ExampleCatalogTest {

    @Test
    void fourUiExamplesInDifferentSlotsAndTwoCodeExamples() {
        List<Manifest> examples = new ResourceExampleCatalog().documents().stream()
                .map(document -> Manifests.reader().read(document, ManifestOrigin.document()).manifest())
                .toList();

        List<Manifest> ui = examples.stream().filter(Manifest::isUiPlugin).toList();
        List<Manifest> code = examples.stream().filter(manifest -> !manifest.isUiPlugin()).toList();
        assertEquals(4, ui.stream().map(Manifest::slot).collect(Collectors.toSet()).size());
        assertEquals(2, code.size());
        code.forEach(manifest -> {
            assertTrue(!manifest.hooks().isEmpty() && !manifest.permissions().isEmpty(), manifest.id().value());
            assertTrue(!manifest.configSchema().toJson().members().isEmpty(), manifest.id().value());
        });
        assertTrue(code.stream().anyMatch(manifest -> manifest.hasHook(Hook.ON_REQUEST)));
    }

    @Test
    void theInvenicumDocsExampleIsAContainerWithATextAndAButtonCallingRunQualityCheck() {
        JsonObject ui = (JsonObject) new ResourceExampleCatalog().documents().get(0).get("ui").orElseThrow();

        assertEquals(new JsonString("container"), ui.get("type").orElseThrow());
        List<JsonObject> children = ((JsonArray) ui.get("children").orElseThrow()).elements().stream()
                .map(JsonObject.class::cast).toList();
        assertEquals(List.of(new JsonString("text"), new JsonString("button")),
                children.stream().map(child -> child.get("type").orElseThrow()).toList());
        assertEquals(new JsonString("runQualityCheck"),
                ((JsonObject) children.get(1).get("action").orElseThrow()).get("method").orElseThrow());
    }

    @Test
    void onTheEmbeddedH2FileExamplesAreLoadedOnceAndADeletedOneStaysDeleted(@TempDir Path home) {
        loadedOnceAcrossRestarts(TestDatabase.h2File(home));
    }

    @Test
    void onPostgresExamplesAreLoadedOnceAndADeletedOneStaysDeleted() {
        TestDatabase database = TestDatabase.postgres();
        try {
            loadedOnceAcrossRestarts(database);
        } finally {
            database.drop();
        }
    }

    private static void loadedOnceAcrossRestarts(TestDatabase database) {
        try (ApplicationContext first = ApplicationContext.run(database.properties())) {
            assertEquals(6, seed(first).loaded().size());
            first.getBean(JdbcCatalog.class).delete(new PluginId("digital_clock"));
        }
        try (ApplicationContext second = ApplicationContext.run(database.properties())) {
            assertEquals(List.of(), seed(second).loaded());
            JdbcCatalog catalog = second.getBean(JdbcCatalog.class);
            Map<PluginId, Plugin> found = catalog.findAll(new ResourceExampleCatalog().documents().stream()
                    .map(document -> new PluginId(((JsonString) document.get("id").orElseThrow()).value())).toList());
            assertEquals(5, found.size());
            assertTrue(!found.containsKey(new PluginId("digital_clock")));
            assertEquals(Set.of(1), found.values().stream().map(plugin -> plugin.releases().size()).collect(Collectors.toSet()));
        }
    }

    private static SeedCatalogService.SeedOutcome seed(ApplicationContext context) {
        JdbcCatalog catalog = context.getBean(JdbcCatalog.class);
        return new SeedCatalogService(new ResourceExampleCatalog(), context.getBean(JdbcExampleCatalogClaim.class), catalog,
                context.getBean(JdbcReleaseLedger.class), context.getBean(TransactionalUnitOfWork.class),
                Manifests.reader(), Clock.systemUTC()).seedIfFirstStart();
    }
}
