package dev.plugbay.domain.policy;

import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.user.Caller;

/** Whether a caller is a plugin's author: their author name, never their subject, names it. */
public final class Authorship {

    private Authorship() {
    }

    public static boolean isAuthor(Caller caller, Plugin plugin) {
        return caller.author().filter(plugin::isAuthoredBy).isPresent();
    }
}
