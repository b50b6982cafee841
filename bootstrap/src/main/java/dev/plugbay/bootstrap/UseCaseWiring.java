package dev.plugbay.bootstrap;

import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.application.port.out.catalog.CatalogRevision;
import dev.plugbay.application.port.out.catalog.CatalogWrites;
import dev.plugbay.application.port.out.catalog.DownloadCounter;
import dev.plugbay.application.port.out.catalog.ReleaseLedger;
import dev.plugbay.application.port.out.installation.Installations;
import dev.plugbay.application.port.out.registry.DocumentFetcher;
import dev.plugbay.application.port.out.registry.RegistryPublisher;
import dev.plugbay.application.port.out.registry.RegistryReader;
import dev.plugbay.application.port.out.transaction.UnitOfWork;
import dev.plugbay.application.service.authoring.AuthoringService;
import dev.plugbay.application.service.catalog.CatalogService;
import dev.plugbay.application.service.installation.InstallationService;
import dev.plugbay.application.service.authoring.ManifestValidationService;
import dev.plugbay.application.service.registry.RecordingRegistrySync;
import dev.plugbay.application.service.registry.RegistrySyncService;
import dev.plugbay.application.service.authoring.StacPreviewService;
import dev.plugbay.bootstrap.health.RegistryFreshness;
import dev.plugbay.bootstrap.metrics.MeteredRegistrySync;
import dev.plugbay.bootstrap.settings.ManifestSettings;
import dev.plugbay.bootstrap.settings.StacSettings;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.stac.StacLimits;
import dev.plugbay.domain.stac.StacValidator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Creates the use cases (annotation-free services) from the port beans the adapters provide.
 * Controllers inject them by their use-case interfaces.
 */
@Factory
final class UseCaseWiring {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The one slot catalog: the manifest reader's and the catalog filter's. */
    @Singleton
    SlotCatalog slotCatalog(ManifestSettings settings) {
        return settings.slotCatalog();
    }

    @Singleton
    ManifestReader manifestReader(SlotCatalog slots, StacSettings stac, ManifestSettings settings) {
        return new ManifestReader(slots, new StacValidator(stac.vocabulary(), StacLimits.DEFAULT), settings.parsedHostVersion());
    }

    @Singleton
    CatalogService catalogService(CatalogReads catalog, CatalogRevision revision, Installations installations,
            UnitOfWork unitOfWork) {
        return new CatalogService(catalog, revision, installations, unitOfWork);
    }

    @Singleton
    InstallationService installationService(CatalogReads catalog, Installations installations,
            DownloadCounter downloads, UnitOfWork unitOfWork, Clock clock) {
        return new InstallationService(catalog, installations, downloads, unitOfWork, clock);
    }

    @Singleton
    AuthoringService authoringService(CatalogReads catalogReads, CatalogWrites catalogWrites, ReleaseLedger ledger,
            Installations installations, RegistryPublisher publisher, UnitOfWork unitOfWork,
            ManifestReader manifestReader, Clock clock) {
        return new AuthoringService(catalogReads, catalogWrites, ledger, installations, publisher, unitOfWork,
                manifestReader, clock);
    }

    @Singleton
    ManifestValidationService manifestValidationService(ManifestReader manifestReader) {
        return new ManifestValidationService(manifestReader);
    }

    @Singleton
    StacPreviewService stacPreviewService(DocumentFetcher fetcher, ManifestReader manifestReader) {
        return new StacPreviewService(fetcher, manifestReader);
    }

    /**
     * Scheduled and requested syncs both go through the recording wrapper, so the last run is either,
     * and through the metered one, so that each is timed and counted.
     */
    @Singleton
    RecordingRegistrySync registrySync(RegistryReader registry, CatalogReads catalogReads,
            CatalogWrites catalogWrites, ReleaseLedger ledger, UnitOfWork unitOfWork, ManifestReader manifestReader,
            Clock clock, MeterRegistry meters, RegistryFreshness freshness) {
        return new RecordingRegistrySync(new MeteredRegistrySync(new RegistrySyncService(registry, catalogReads,
                catalogWrites, ledger, unitOfWork, manifestReader, clock), meters, freshness), clock);
    }
}
