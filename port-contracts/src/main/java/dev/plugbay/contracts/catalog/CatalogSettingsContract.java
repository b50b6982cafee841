package dev.plugbay.contracts.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.persistence.PersistenceContract;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.plugin.PluginId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract of {@code CatalogSettings}: what decides, once per database, that examples are loaded. */
public abstract class CatalogSettingsContract extends PersistenceContract {

    @Test
    void aCatalogIsEmptyOnlyWhileItHoldsNoPluginNotEvenAPrivateOne() {
        assertTrue(ports.settings().catalogIsEmpty());

        ports.catalogWrites().insert(Plugin.create(manifest(Manifests.privateUiPlugin("secret", "1.0.0")
                .with("author", new JsonString("alice"))), false, 0, Set.of(), CLOCK));
        assertFalse(ports.settings().catalogIsEmpty());

        ports.catalogWrites().delete(new PluginId("secret"));
        assertTrue(ports.settings().catalogIsEmpty());
    }

    @Test
    void onlyTheFirstClaimEverWinsEvenAfterTheCatalogEmptiesAgain() {
        assertTrue(ports.settings().claimExampleCatalog());
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));
        ports.catalogWrites().delete(new PluginId("clock"));

        assertFalse(ports.settings().claimExampleCatalog());
        assertFalse(ports.settings().claimExampleCatalog());
    }

    @Test
    void parallelClaimsHaveExactlyOneWinner() throws Exception {
        assertEquals(1, succeededInParallel(20, i -> ports.settings().claimExampleCatalog()));
    }

    @Test
    void aClaimInAUnitOfWorkThatFailsIsUndone() {
        assertThrows(IllegalStateException.class, () -> ports.unitOfWork().transactionally(() -> {
            assertTrue(ports.settings().claimExampleCatalog());
            throw new IllegalStateException("the examples could not be loaded");
        }));

        assertTrue(ports.settings().claimExampleCatalog());
    }
}
