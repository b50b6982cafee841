package dev.plugbay.application.service.seed;

import dev.plugbay.application.port.out.catalog.ExampleCatalogClaim;
import dev.plugbay.application.port.out.catalog.CatalogWrites;
import dev.plugbay.application.port.out.catalog.ExampleCatalog;
import dev.plugbay.application.port.out.catalog.ReleaseLedger;
import dev.plugbay.application.port.out.transaction.UnitOfWork;
import dev.plugbay.application.service.catalog.ReleasePublication;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.error.InvalidStacException;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the built-in example plugins into an empty catalog, once per database: the claim is
 * recorded in the same transaction, so restarts (and other instances on the same database) never
 * load them again, not even after an admin deleted some.
 */
public final class SeedCatalogService {

    private final ExampleCatalog examples;
    private final ExampleCatalogClaim claim;
    private final ReleasePublication publication;
    private final UnitOfWork unitOfWork;
    private final ManifestReader manifestReader;

    public SeedCatalogService(ExampleCatalog examples, ExampleCatalogClaim claim, CatalogWrites catalog,
            ReleaseLedger ledger, UnitOfWork unitOfWork, ManifestReader manifestReader, Clock clock) {
        this.examples = examples;
        this.claim = claim;
        this.publication = new ReleasePublication(catalog, ledger, clock);
        this.unitOfWork = unitOfWork;
        this.manifestReader = manifestReader;
    }

    /**
     * The first time ever, and only into an empty catalog, loads every example this service's
     * configuration accepts (an example in a slot the operator removed is skipped, with the
     * reason). Every later call loads nothing.
     */
    public SeedOutcome seedIfFirstStart() {
        return unitOfWork.transactionally(() -> {
            if (!claim.claimExampleCatalog() || !claim.catalogIsEmpty()) {
                return new SeedOutcome(List.of(), List.of());
            }
            List<Plugin> loaded = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (JsonObject document : examples.documents()) {
                try {
                    loaded.add(publication.create(manifestReader.read(document, ManifestOrigin.document()).manifest(), false, 0));
                } catch (InvalidManifestException | InvalidStacException refused) {
                    skipped.add(document.get("id").map(JsonValue::toJson).orElse("an example") + ": " + refused.getMessage());
                }
            }
            return new SeedOutcome(loaded, skipped);
        });
    }

    /** The examples loaded and, for each one skipped, why. */
    public record SeedOutcome(List<Plugin> loaded, List<String> skipped) {

        public SeedOutcome {
            loaded = List.copyOf(loaded);
            skipped = List.copyOf(skipped);
        }
    }
}
