package dev.plugbay.domain.host;

import dev.plugbay.domain.json.WireNamed;

/** Why a process gets onActivate (RUNTIME.md "Payloads"). */
public enum ActivationReason implements WireNamed {
    ACTIVATE("activate"),
    RESTART("restart"),
    RESPAWN("respawn"),
    UPGRADE("upgrade");

    private final String wireName;

    ActivationReason(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
