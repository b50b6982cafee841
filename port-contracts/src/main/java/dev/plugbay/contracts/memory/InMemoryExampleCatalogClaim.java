package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.catalog.ExampleCatalogClaim;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.plugin.PluginId;

/** The example catalog's claim as a named value beside the in-memory catalog's plugins. */
public final class InMemoryExampleCatalogClaim implements ExampleCatalogClaim {

    private static final String EXAMPLES_OFFERED = "catalog.examples-offered";

    private final TransactionalState<String, String> settings;
    private final TransactionalState<PluginId, Plugin> plugins;

    InMemoryExampleCatalogClaim(TransactionalState<String, String> settings, TransactionalState<PluginId, Plugin> plugins) {
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
