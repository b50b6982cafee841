package dev.plugbay.application.port.out.catalog;

import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.Set;

/**
 * Every version ever published under a plugin id. Entries are never removed, not even when the
 * plugin is deleted, so that no version can be published twice.
 */
public interface ReleaseLedger {

    Set<SemanticVersion> everPublished(PluginId id);

    /** Records a published version; {@code VERSION_CONFLICT} if it (ignoring build) was recorded before. */
    void record(PluginId id, SemanticVersion version);
}
