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

/** The contract of {@code ExampleCatalogClaim}: what decides, once per database, that examples are loaded. */
public abstract class ExampleCatalogClaimContract extends PersistenceContract {

    @Test
    void aCatalogIsEmptyOnlyWhileItHoldsNoPluginNotEvenAPrivateOne() {
        assertTrue(ports.exampleCatalogClaim().catalogIsEmpty());

        ports.catalogWrites().insert(Plugin.create(manifest(Manifests.privateUiPlugin("secret", "1.0.0")
                .with("author", new JsonString("alice"))), false, 0, Set.of(), CLOCK));
        assertFalse(ports.exampleCatalogClaim().catalogIsEmpty());

        ports.catalogWrites().delete(new PluginId("secret"));
        assertTrue(ports.exampleCatalogClaim().catalogIsEmpty());
    }

    @Test
    void onlyTheFirstClaimEverWinsEvenAfterTheCatalogEmptiesAgain() {
        assertTrue(ports.exampleCatalogClaim().claimExampleCatalog());
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "alice"));
        ports.catalogWrites().delete(new PluginId("clock"));

        assertFalse(ports.exampleCatalogClaim().claimExampleCatalog());
        assertFalse(ports.exampleCatalogClaim().claimExampleCatalog());
    }

    @Test
    void parallelClaimsHaveExactlyOneWinner() throws Exception {
        assertEquals(1, succeededInParallel(20, i -> ports.exampleCatalogClaim().claimExampleCatalog()));
    }

    @Test
    void aClaimInAUnitOfWorkThatFailsIsUndone() {
        assertThrows(IllegalStateException.class, () -> ports.unitOfWork().transactionally(() -> {
            assertTrue(ports.exampleCatalogClaim().claimExampleCatalog());
            throw new IllegalStateException("the examples could not be loaded");
        }));

        assertTrue(ports.exampleCatalogClaim().claimExampleCatalog());
    }
}
