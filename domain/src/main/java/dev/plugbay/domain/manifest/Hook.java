package dev.plugbay.domain.manifest;

import dev.plugbay.domain.json.WireNamed;
import java.util.Optional;

/** The lifecycle, traffic and action hooks a code plugin may implement in its entry file, in DOMAIN.md's order. */
public enum Hook implements WireNamed {
    ON_REQUEST("onRequest"),
    ON_RESPONSE("onResponse"),
    ON_ERROR("onError"),
    ON_INSTALL("onInstall"),
    ON_ACTIVATE("onActivate"),
    ON_DEACTIVATE("onDeactivate"),
    ON_UNINSTALL("onUninstall"),
    ON_ACTION("onAction");

    private final String wireName;

    Hook(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<Hook> fromWireName(String name) {
        return WireNamed.fromWireName(Hook.class, name);
    }
}
