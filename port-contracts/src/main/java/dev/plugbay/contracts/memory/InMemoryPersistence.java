package dev.plugbay.contracts.memory;

import dev.plugbay.contracts.persistence.PersistencePorts;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.plugin.PluginId;
import java.util.List;

/**
 * One in-memory database: the catalog, installations, release ledger and settings sharing one
 * unit of work, as the persistence adapter's ports share one database.
 */
public final class InMemoryPersistence {

    private final InMemoryCatalog catalog;
    private final InMemoryCatalogRevision catalogRevision = new InMemoryCatalogRevision();
    private final InMemoryInstallations installations;
    private final InMemoryReleaseLedger releaseLedger;
    private final InMemoryExampleCatalogClaim exampleCatalogClaim;
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryPersistence() {
        TransactionalState<PluginId, Plugin> plugins = new TransactionalState<>();
        TransactionalState<InMemoryInstallations.Key, Installation> installed = new TransactionalState<>();
        TransactionalState<InMemoryReleaseLedger.Entry, Boolean> ledger = new TransactionalState<>();
        TransactionalState<String, String> named = new TransactionalState<>();
        this.catalog = new InMemoryCatalog(plugins, installed, catalogRevision);
        this.installations = new InMemoryInstallations(installed, catalogRevision);
        this.releaseLedger = new InMemoryReleaseLedger(ledger);
        this.exampleCatalogClaim = new InMemoryExampleCatalogClaim(named, plugins);
        this.unitOfWork = new InMemoryUnitOfWork(List.of(plugins, installed, ledger, named));
    }

    public InMemoryCatalog catalog() {
        return catalog;
    }

    public InMemoryCatalogRevision catalogRevision() {
        return catalogRevision;
    }

    public InMemoryInstallations installations() {
        return installations;
    }

    public InMemoryReleaseLedger releaseLedger() {
        return releaseLedger;
    }

    public InMemoryExampleCatalogClaim exampleCatalogClaim() {
        return exampleCatalogClaim;
    }

    public InMemoryUnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** The ports of one in-memory database, as the contract tests take them. */
    public PersistencePorts ports() {
        return new PersistencePorts(catalog, catalog, catalog, catalogRevision, releaseLedger, installations, exampleCatalogClaim,
                unitOfWork);
    }
}
