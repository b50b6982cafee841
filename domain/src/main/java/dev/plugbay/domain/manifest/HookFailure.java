package dev.plugbay.domain.manifest;

import dev.plugbay.domain.json.WireNamed;
import java.util.Optional;

/** What a failing handler does to a hook pipeline: {@code open} skips it, {@code closed} stops the pipeline. */
public enum HookFailure implements WireNamed {
    OPEN("open"),
    CLOSED("closed");

    private final String wireName;

    HookFailure(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<HookFailure> fromWireName(String name) {
        return WireNamed.fromWireName(HookFailure.class, name);
    }
}
