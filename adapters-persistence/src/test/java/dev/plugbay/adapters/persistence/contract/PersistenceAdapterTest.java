package dev.plugbay.adapters.persistence.contract;

import dev.plugbay.application.port.out.host.HostSettings;
import dev.plugbay.application.port.out.host.PluginExecutions;
import dev.plugbay.contracts.catalog.CatalogContract;
import dev.plugbay.contracts.catalog.CatalogRevisionContract;
import dev.plugbay.contracts.catalog.ExampleCatalogClaimContract;
import dev.plugbay.contracts.catalog.DownloadCounterContract;
import dev.plugbay.contracts.catalog.ReleaseLedgerContract;
import dev.plugbay.contracts.host.HostSettingsContract;
import dev.plugbay.contracts.host.PluginExecutionsContract;
import dev.plugbay.contracts.installation.InstallationsContract;
import dev.plugbay.contracts.persistence.PersistencePorts;
import dev.plugbay.contracts.transaction.UnitOfWorkContract;
import org.junit.jupiter.api.Nested;

/**
 * The persistence adapter run against the contract of every port it implements, once per
 * database: each subclass starts the adapter on its database for all the nested contracts.
 */
abstract class PersistenceAdapterTest {

    /** The adapter's ports over its emptied database. */
    protected abstract PersistencePorts emptyPorts();

    /** The adapter's host settings with no URL saved. */
    protected abstract HostSettings emptyHostSettings();

    /** The adapter's executions over its emptied database. */
    protected abstract PluginExecutions emptyExecutions();

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

    @Nested
    class HostSettingsPort extends HostSettingsContract {

        @Override
        protected HostSettings emptySettings() {
            return emptyHostSettings();
        }
    }

    @Nested
    class PluginExecutionsPort extends PluginExecutionsContract {

        @Override
        protected PluginExecutions emptyExecutions() {
            return PersistenceAdapterTest.this.emptyExecutions();
        }
    }
}
