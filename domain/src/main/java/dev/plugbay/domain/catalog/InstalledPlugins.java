package dev.plugbay.domain.catalog;

import dev.plugbay.domain.json.WireNamed;
import java.util.Optional;

/** Whether a catalog page lists the plugins its viewer has installed. */
public enum InstalledPlugins implements WireNamed {
    /** The viewer's installed plugins are listed with the rest. */
    INCLUDE("include"),
    /** The viewer's installed plugins are left out (what a marketplace offers to install). */
    EXCLUDE("exclude");

    private final String wireName;

    InstalledPlugins(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<InstalledPlugins> fromWireName(String name) {
        return WireNamed.fromWireName(InstalledPlugins.class, name);
    }
}
