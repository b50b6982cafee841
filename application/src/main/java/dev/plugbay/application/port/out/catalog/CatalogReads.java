package dev.plugbay.application.port.out.catalog;

import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.plugin.PluginId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads plugins from the catalog. */
public interface CatalogReads {

    Optional<Plugin> find(PluginId id);

    /** The plugins with these ids that exist, by id. */
    Map<PluginId, Plugin> findAll(Collection<PluginId> ids);

    /**
     * One page of the plugins the query's viewer may see (public ones and their own private
     * ones), filtered and ordered as asked, with the total count of matches. Ties in the order
     * are broken by id, so pages never overlap.
     */
    Page<Plugin> search(CatalogQuery query);

    /** The plugins mirrored from the GitHub registry. */
    List<Plugin> findOfficial();
}
