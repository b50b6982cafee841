package dev.plugbay.adapters.host.sandbox;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The Node.js executable Plugbay runs Node plugins with, as the startup probe found it: its version,
 * the flag that turns its permission model on ({@code --permission}, {@code --experimental-permission},
 * or none before Node 20), the {@code --allow-*} flags it knows, and whether it takes one path per
 * repeated {@code --allow-fs-*} flag (else a comma-separated list).
 */
public record NodeRuntime(
        Path executable,
        String version,
        Optional<String> permissionFlag,
        Set<String> allowFlags,
        boolean repeatedPathFlags) {

    public NodeRuntime {
        allowFlags = Set.copyOf(allowFlags);
    }

    public boolean hasPermissionModel() {
        return permissionFlag.isPresent();
    }

    String describe() {
        return "Node " + version + " at " + executable + permissionFlag
                .map(flag -> ", permission model " + flag + (repeatedPathFlags ? " (one path per flag)" : " (comma-separated paths)")
                        + (allowFlags.contains("--allow-net") ? "" : ", no --allow-net"))
                .orElse(", no permission model (withheld file-read, file-write and exec are unenforced)");
    }
}
