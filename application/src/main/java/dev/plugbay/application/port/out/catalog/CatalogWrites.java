package dev.plugbay.application.port.out.catalog;

import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.plugin.PluginId;

/** Writes plugins and their releases to the catalog. */
public interface CatalogWrites {

    /** Stores a new plugin with its releases; {@code ALREADY_EXISTS} when the id is taken. */
    void insert(Plugin plugin);

    /**
     * Stores a changed plugin (new releases, origin) if it is still at the revision it was read
     * at; otherwise {@code VERSION_CONFLICT}, so two concurrent updates cannot both win.
     */
    void update(Plugin plugin);

    /** Removes a plugin and its releases; reports whether it existed. */
    boolean delete(PluginId id);
}
