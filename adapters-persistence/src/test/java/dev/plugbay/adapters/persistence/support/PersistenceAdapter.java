package dev.plugbay.adapters.persistence.support;

import dev.plugbay.adapters.persistence.catalog.JdbcCatalog;
import dev.plugbay.adapters.persistence.catalog.search.JdbcCatalogRevision;
import dev.plugbay.adapters.persistence.catalog.StoredReleases;
import dev.plugbay.adapters.persistence.execution.JdbcPluginExecutions;
import dev.plugbay.adapters.persistence.installation.JdbcInstallations;
import dev.plugbay.adapters.persistence.ledger.JdbcReleaseLedger;
import dev.plugbay.adapters.persistence.settings.JdbcExampleCatalogClaim;
import dev.plugbay.adapters.persistence.settings.JdbcHostSettings;
import dev.plugbay.adapters.persistence.transaction.TransactionalUnitOfWork;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.application.port.out.host.HostSettings;
import dev.plugbay.application.port.out.host.PluginExecutions;
import dev.plugbay.contracts.persistence.PersistencePorts;
import io.micronaut.context.ApplicationContext;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The persistence adapter started on a test class's own database (migrated by Flyway, as in
 * production) and stopped, with the database dropped, after the class. {@link #emptyPorts()}
 * empties every table, so each test starts from an empty store.
 */
public final class PersistenceAdapter implements BeforeAllCallback, AfterAllCallback {

    /** Children before parents, so foreign keys never refuse a delete. */
    private static final String[] TABLES = {"plugin_execution", "plugin_hook_metrics", "host_plugin", "installation", "search_term", "plugin_tag", "plugin_release", "plugin",
        "release_ledger", "setting", "search_count"};

    private final Supplier<TestDatabase> databases;
    private TestDatabase database;
    private ApplicationContext context;
    private Class<?> owner;

    private PersistenceAdapter(Supplier<TestDatabase> databases) {
        this.databases = databases;
    }

    public static PersistenceAdapter onH2() {
        return new PersistenceAdapter(TestDatabase::h2InMemory);
    }

    public static PersistenceAdapter onPostgres() {
        return new PersistenceAdapter(TestDatabase::postgres);
    }

    /** Nested classes inherit the extension: the adapter started for the outermost class serves them too. */
    @Override
    public void beforeAll(ExtensionContext extension) {
        if (owner != null) {
            return;
        }
        owner = extension.getRequiredTestClass();
        database = databases.get();
        context = ApplicationContext.run(database.properties());
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (extension.getRequiredTestClass() != owner) {
            return;
        }
        owner = null;
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    public ApplicationContext context() {
        return context;
    }

    public PersistencePorts ports() {
        JdbcCatalog catalog = context.getBean(JdbcCatalog.class);
        return new PersistencePorts(catalog, catalog, catalog, context.getBean(JdbcCatalogRevision.class),
                context.getBean(JdbcReleaseLedger.class),
                context.getBean(JdbcInstallations.class), context.getBean(JdbcExampleCatalogClaim.class),
                context.getBean(TransactionalUnitOfWork.class));
    }

    public PersistencePorts emptyPorts() {
        context.getBean(Transactions.class).withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.execute("DELETE FROM " + table);
                }
                // Emptied behind the adapter's back: a catalog change like any other.
                context.getBean(JdbcCatalogRevision.class).changed();
            }
            return null;
        });
        context.getBean(StoredReleases.class).forgetAll();
        return ports();
    }

    /** The host settings over this database, with no URL saved. */
    public HostSettings emptyHostSettings() {
        HostSettings settings = context.getBean(JdbcHostSettings.class);
        settings.savePluginMarketplaceUrl(Optional.empty());
        return settings;
    }

    /** The executions and counters over this database, with nothing recorded. */
    public PluginExecutions emptyExecutions() {
        emptyPorts();
        return context.getBean(JdbcPluginExecutions.class);
    }
}
