package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.catalog.CatalogSettings;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.plugin.PluginId;

/** Catalog settings as named values beside the in-memory catalog's plugins. */
public final class InMemoryCatalogSettings implements CatalogSettings {

    private static final String EXAMPLES_OFFERED = "catalog.examples-offered";

    private final TransactionalState<String, String> settings;
    private final TransactionalState<PluginId, Plugin> plugins;

    InMemoryCatalogSettings(TransactionalState<String, String> settings, TransactionalState<PluginId, Plugin> plugins) {
        this.settings = settings;
        this.plugins = plugins;
    }

    @Override
    public boolean catalogIsEmpty() {
        return plugins.rows().isEmpty();
    }

    @Override
    public boolean claimExampleCatalog() {
        return settings.rows().putIfAbsent(EXAMPLES_OFFERED, "true") == null;
    }
}
