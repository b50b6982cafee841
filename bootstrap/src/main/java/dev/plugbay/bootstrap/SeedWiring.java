package dev.plugbay.bootstrap;

import dev.plugbay.application.port.out.catalog.ExampleCatalogClaim;
import dev.plugbay.application.port.out.catalog.CatalogWrites;
import dev.plugbay.application.port.out.catalog.ExampleCatalog;
import dev.plugbay.application.port.out.catalog.ReleaseLedger;
import dev.plugbay.application.port.out.transaction.UnitOfWork;
import dev.plugbay.application.service.seed.SeedCatalogService;
import dev.plugbay.domain.manifest.ManifestReader;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The example catalog's loader; {@link SeedOnStartup} runs it when {@code plugbay.catalog.seed} is on (the default). */
@Factory
final class SeedWiring {

    @Singleton
    SeedCatalogService seedCatalogService(ExampleCatalog examples, ExampleCatalogClaim claim, CatalogWrites catalog,
            ReleaseLedger ledger, UnitOfWork unitOfWork, ManifestReader manifestReader, Clock clock) {
        return new SeedCatalogService(examples, claim, catalog, ledger, unitOfWork, manifestReader, clock);
    }
}
