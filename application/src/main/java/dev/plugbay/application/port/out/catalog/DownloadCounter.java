package dev.plugbay.application.port.out.catalog;

import dev.plugbay.domain.plugin.PluginId;

/** Counts installs of a plugin. */
public interface DownloadCounter {

    /** Adds exactly one download, atomically, however many callers do this at once. */
    void increment(PluginId id);
}
