package dev.plugbay.application.service.catalog;

import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.policy.VisibilityPolicy;
import dev.plugbay.domain.user.Caller;

/** Looks a plugin up as a caller: one they may not see does not exist for them. */
public final class VisiblePlugins {

    private final CatalogReads catalog;

    public VisiblePlugins(CatalogReads catalog) {
        this.catalog = catalog;
    }

    public Plugin require(Caller caller, PluginId id) {
        return catalog.find(id)
                .filter(plugin -> VisibilityPolicy.maySee(caller, plugin).isAllowed())
                .orElseThrow(() -> new PluginNotFoundException("Plugin " + id + " was not found"));
    }
}
