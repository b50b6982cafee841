package dev.plugbay.domain.manifest;

import dev.plugbay.domain.json.WireNamed;
import java.util.Optional;

/** What a code plugin's isolated process may be granted. */
public enum Permission implements WireNamed {
    NETWORK("network"),
    FILE_READ("file-read"),
    FILE_WRITE("file-write"),
    ENV("env"),
    EXEC("exec");

    private final String wireName;

    Permission(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<Permission> fromWireName(String name) {
        return WireNamed.fromWireName(Permission.class, name);
    }
}
