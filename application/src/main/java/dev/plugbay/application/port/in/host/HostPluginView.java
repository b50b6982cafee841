package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.manifest.Permission;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the plugin item and detail views show (HOST.md "Views").
 *
 * @param sandbox   per permission: {@code granted}, the enforcing mechanism, or {@code unenforced}
 * @param pluginDir the managed folder relative to {@code plugbay.home}
 */
public record HostPluginView(HostPlugin plugin, RuntimeView runtime, Map<Permission, String> sandbox, String pluginDir) {

    public static final String UNENFORCED = "unenforced";

    public HostPluginView {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(runtime, "runtime");
        sandbox = Map.copyOf(sandbox);
        Objects.requireNonNull(pluginDir, "pluginDir");
    }

    /** The withheld permissions this machine cannot enforce, by wire name, sorted. */
    public Set<String> unenforced() {
        Set<String> names = new TreeSet<>();
        sandbox.forEach((permission, how) -> {
            if (how.equals(UNENFORCED)) {
                names.add(permission.wireName());
            }
        });
        return names;
    }
}
