package dev.plugbay.domain.host;

import dev.plugbay.domain.json.WireNamed;

/** How a host plugin came to be installed (HOST.md "Views", detail {@code source}). */
public enum PluginSource implements WireNamed {
    LOCAL("local"),
    MARKETPLACE("marketplace"),
    SCAN("scan");

    private final String wireName;

    PluginSource(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
