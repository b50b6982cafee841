package dev.plugbay.contracts.memory;

import dev.plugbay.application.service.authoring.AuthoringService;
import dev.plugbay.application.service.catalog.CatalogService;
import dev.plugbay.application.service.installation.InstallationService;
import dev.plugbay.application.service.registry.RegistrySyncService;
import dev.plugbay.application.service.authoring.StacPreviewService;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.contracts.testing.MutableClock;
import java.time.Instant;

/** Every use case wired on in-memory ports, as bootstrap wires them on the real adapters. */
public final class Marketplace {

    public final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    public final InMemoryPersistence persistence = new InMemoryPersistence();
    public final InMemoryRegistry registry = new InMemoryRegistry();
    public final InMemoryDocumentFetcher fetcher = new InMemoryDocumentFetcher();

    public final CatalogService catalog = new CatalogService(persistence.catalog(), persistence.catalogRevision(), persistence.installations(),
            persistence.unitOfWork());
    public final InstallationService installations = new InstallationService(persistence.catalog(),
            persistence.installations(), persistence.catalog(), persistence.unitOfWork(), clock);
    public final AuthoringService authoring = new AuthoringService(persistence.catalog(), persistence.catalog(),
            persistence.releaseLedger(), persistence.installations(), registry, persistence.unitOfWork(),
            Manifests.reader(), clock);
    public final StacPreviewService preview = new StacPreviewService(fetcher, Manifests.reader());
    public final RegistrySyncService sync = new RegistrySyncService(registry, persistence.catalog(),
            persistence.catalog(), persistence.releaseLedger(), persistence.unitOfWork(), Manifests.reader(), clock);
}
