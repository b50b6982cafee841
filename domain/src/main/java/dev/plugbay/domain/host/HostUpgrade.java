package dev.plugbay.domain.host;

import java.util.List;
import java.util.Objects;

/**
 * A host plugin moved to a newer version (HOST.md "Upgrade").
 *
 * @param upgraded     the plugin on the new version, config carried over, state as the upgrade leaves it
 * @param toOldProcess hooks for the running old process before it stops (onDeactivate {@code upgrade})
 * @param toNewProcess hooks for the new version's process (onInstall, then onActivate {@code upgrade})
 * @param warnings     one {@code config 'k' dropped: <reason>} per stored key the new schema refuses
 */
public record HostUpgrade(HostPlugin upgraded, List<HookDelivery> toOldProcess, List<HookDelivery> toNewProcess,
        List<String> warnings) {

    public HostUpgrade {
        Objects.requireNonNull(upgraded, "upgraded");
        toOldProcess = List.copyOf(toOldProcess);
        toNewProcess = List.copyOf(toNewProcess);
        warnings = List.copyOf(warnings);
    }
}
