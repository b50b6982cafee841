package dev.plugbay.adapters.persistence.settings;

import dev.plugbay.adapters.persistence.catalog.JdbcCatalog;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.application.port.out.catalog.ExampleCatalogClaim;
import jakarta.inject.Singleton;

/** The example catalog's claim, a row of the {@code setting} table. */
@Singleton
public class JdbcExampleCatalogClaim implements ExampleCatalogClaim {

    static final String EXAMPLES_OFFERED = "catalog.examples-offered";

    private final SettingRepository settings;
    private final JdbcCatalog catalog;
    private final Transactions transactions;

    JdbcExampleCatalogClaim(SettingRepository settings, JdbcCatalog catalog, Transactions transactions) {
        this.settings = settings;
        this.catalog = catalog;
        this.transactions = transactions;
    }

    @Override
    public boolean catalogIsEmpty() {
        return catalog.isEmpty();
    }

    @Override
    public boolean claimExampleCatalog() {
        return transactions.write(() -> settings.insertIfAbsent(EXAMPLES_OFFERED, "true")) == 1;
    }
}
