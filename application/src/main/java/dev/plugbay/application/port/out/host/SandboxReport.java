package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.manifest.Permission;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Per permission, how it stands for one plugin on this machine: {@code granted} (the plugin holds
 * it), the mechanism that enforces its absence ({@code namespace}, {@code node-permission},
 * {@code env-allowlist}), or {@code unenforced}.
 */
public record SandboxReport(Map<Permission, String> byPermission) {

    public static final String GRANTED = "granted";
    public static final String UNENFORCED = "unenforced";

    public SandboxReport {
        byPermission = Map.copyOf(new EnumMap<>(byPermission));
        if (!byPermission.keySet().equals(Set.of(Permission.values()))) {
            throw new IllegalArgumentException("a sandbox report names every permission");
        }
    }

    /** The withheld permissions nothing enforces here, by wire name, sorted. */
    public Set<String> unenforced() {
        return byPermission.entrySet().stream()
                .filter(entry -> entry.getValue().equals(UNENFORCED))
                .map(entry -> entry.getKey().wireName())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
