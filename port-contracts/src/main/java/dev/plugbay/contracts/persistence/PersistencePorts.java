package dev.plugbay.contracts.persistence;

import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.application.port.out.catalog.CatalogRevision;
import dev.plugbay.application.port.out.catalog.ExampleCatalogClaim;
import dev.plugbay.application.port.out.catalog.CatalogWrites;
import dev.plugbay.application.port.out.catalog.DownloadCounter;
import dev.plugbay.application.port.out.catalog.ReleaseLedger;
import dev.plugbay.application.port.out.installation.Installations;
import dev.plugbay.application.port.out.transaction.UnitOfWork;

/** The persistence ports of one implementation, all backed by the same (empty) store. */
public record PersistencePorts(
        CatalogReads catalogReads,
        CatalogWrites catalogWrites,
        DownloadCounter downloads,
        CatalogRevision catalogRevision,
        ReleaseLedger ledger,
        Installations installations,
        ExampleCatalogClaim exampleCatalogClaim,
        UnitOfWork unitOfWork) {
}
