package dev.plugbay.adapters.persistence.settings;

import dev.plugbay.adapters.persistence.host.HostId;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.application.port.out.host.HostSettings;
import jakarta.inject.Singleton;
import java.util.Optional;

/** This host's settings, in its row of the {@code host_settings} table (one per host id). */
@Singleton
public class JdbcHostSettings implements HostSettings {

    private final HostSettingsRepository rows;
    private final Transactions transactions;
    private final String host;

    JdbcHostSettings(HostSettingsRepository rows, Transactions transactions, HostId host) {
        this.rows = rows;
        this.transactions = transactions;
        this.host = host.value();
    }

    @Override
    public Optional<String> pluginMarketplaceUrl() {
        return rows.findById(host).map(HostSettingsRow::pluginMarketplaceUrl);
    }

    @Override
    public void savePluginMarketplaceUrl(Optional<String> url) {
        if (transactions.write(() -> rows.updatePluginMarketplaceUrl(host, url.orElse(null))) != 1) {
            throw new IllegalStateException("The host_settings row of host " + host + " is missing; HostRowsClaim creates it at start");
        }
    }
}
