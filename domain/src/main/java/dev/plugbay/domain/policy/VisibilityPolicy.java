package dev.plugbay.domain.policy;

import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.user.Caller;

/**
 * Who may see a plugin: everyone sees public plugins; a private plugin is visible only to its
 * author, so to anyone else it does not exist (they get {@code PLUGIN_NOT_FOUND}, never a hint).
 */
public final class VisibilityPolicy {

    private VisibilityPolicy() {
    }

    public static Decision maySee(Caller caller, Plugin plugin) {
        if (plugin.isPublic() || Authorship.isAuthor(caller, plugin)) {
            return Decision.ALLOWED;
        }
        return Decision.rejected("Plugin " + plugin.id() + " is private");
    }
}
