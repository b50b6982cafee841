package dev.plugbay.contracts.memory;

import dev.plugbay.contracts.catalog.CatalogContract;
import dev.plugbay.contracts.catalog.CatalogRevisionContract;
import dev.plugbay.contracts.catalog.ExampleCatalogClaimContract;
import dev.plugbay.contracts.catalog.DownloadCounterContract;
import dev.plugbay.contracts.catalog.ReleaseLedgerContract;
import dev.plugbay.contracts.installation.InstallationsContract;
import dev.plugbay.contracts.persistence.PersistencePorts;
import dev.plugbay.contracts.transaction.UnitOfWorkContract;
import org.junit.jupiter.api.Nested;

/** The in-memory persistence, run against the contract of every port it implements. */
class InMemoryPersistenceTest {

    private static PersistencePorts emptyPorts() {
        return new InMemoryPersistence().ports();
    }

    @Nested
    class CatalogPorts extends CatalogContract {

        @Override
        protected PersistencePorts createPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class CatalogRevisionPort extends CatalogRevisionContract {

        @Override
        protected PersistencePorts createPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class ExampleCatalogClaimPort extends ExampleCatalogClaimContract {

        @Override
        protected PersistencePorts createPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class DownloadCounterPort extends DownloadCounterContract {

        @Override
        protected PersistencePorts createPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class ReleaseLedgerPort extends ReleaseLedgerContract {

        @Override
        protected PersistencePorts createPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class InstallationsPort extends InstallationsContract {

        @Override
        protected PersistencePorts createPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class UnitOfWorkPort extends UnitOfWorkContract {

        @Override
        protected PersistencePorts createPorts() {
            return emptyPorts();
        }
    }
}
