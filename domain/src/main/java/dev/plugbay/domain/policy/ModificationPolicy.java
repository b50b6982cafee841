package dev.plugbay.domain.policy;

import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.user.Caller;

/** Who may publish a new release of a plugin or delete it: its author or an admin. */
public final class ModificationPolicy {

    private ModificationPolicy() {
    }

    public static Decision mayModify(Caller caller, Plugin plugin) {
        if (Authorship.isAuthor(caller, plugin) || caller.isAdmin()) {
            return Decision.ALLOWED;
        }
        return Decision.rejected("Only the author of " + plugin.id() + " or an admin may change it");
    }
}
