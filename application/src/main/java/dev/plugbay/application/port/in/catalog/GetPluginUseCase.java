package dev.plugbay.application.port.in.catalog;

import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;

/** One plugin with its releases, if the caller may see it ({@code PLUGIN_NOT_FOUND} otherwise). */
public interface GetPluginUseCase {

    CatalogEntry get(Caller caller, PluginId id);
}
