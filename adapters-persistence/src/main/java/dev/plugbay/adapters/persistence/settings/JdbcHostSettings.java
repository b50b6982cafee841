package dev.plugbay.adapters.persistence.settings;

import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.application.port.out.host.HostSettings;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Host settings in the single row of the {@code host_settings} table. */
@Singleton
public class JdbcHostSettings implements HostSettings {

    private final HostSettingsRepository rows;
    private final Transactions transactions;

    JdbcHostSettings(HostSettingsRepository rows, Transactions transactions) {
        this.rows = rows;
        this.transactions = transactions;
    }

    @Override
    public Optional<String> pluginMarketplaceUrl() {
        return rows.findById(HostSettingsRow.ID).map(HostSettingsRow::pluginMarketplaceUrl);
    }

    @Override
    public void savePluginMarketplaceUrl(Optional<String> url) {
        if (transactions.write(() -> rows.updatePluginMarketplaceUrl(url.orElse(null))) != 1) {
            throw new IllegalStateException("The host_settings row is missing; the V8 migration creates it");
        }
    }
}
