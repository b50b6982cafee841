package dev.plugbay.domain.host;

import dev.plugbay.domain.json.WireNamed;

/** Why a process gets onDeactivate (RUNTIME.md "Payloads"). */
public enum DeactivationReason implements WireNamed {
    DEACTIVATE("deactivate"),
    UNINSTALL("uninstall"),
    UPGRADE("upgrade"),
    SHUTDOWN("shutdown");

    private final String wireName;

    DeactivationReason(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
