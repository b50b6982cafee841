package dev.plugbay.domain.manifest;

import dev.plugbay.domain.plugin.PluginId;
import java.util.Set;

/** Plugin ids that would shadow a marketplace route such as {@code /api/v1/plugins/installed}. */
final class ReservedIds {

    private static final Set<String> RESERVED = Set.of("community", "installed", "preview-stac", "install",
            "uninstall", "user", "validate");

    private ReservedIds() {
    }

    static boolean isReserved(PluginId id) {
        return RESERVED.contains(id.value());
    }
}
