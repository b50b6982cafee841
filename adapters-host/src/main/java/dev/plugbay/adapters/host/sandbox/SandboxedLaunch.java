package dev.plugbay.adapters.host.sandbox;

import dev.plugbay.application.port.out.host.SandboxReport;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.manifest.Permission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line and environment of a plugin process (RUNTIME.md "Processes", "Sandbox"):
 * {@code setsid} for a session of its own, {@code unshare} when {@code network} is withheld, then
 * either Node.js with its permission flags, the host script and the entry file, or the entry file
 * itself. No shell is involved anywhere: every argument reaches {@code execve} as it is.
 */
public final class SandboxedLaunch {

    public static final String NAMESPACE = "namespace";
    public static final String NODE_PERMISSION = "node-permission";
    public static final String ENV_ALLOWLIST = "env-allowlist";

    private static final List<String> EXEC_FLAGS =
            List.of("--allow-child-process", "--allow-worker", "--allow-addons", "--allow-wasi");

    private final HostCapabilities host;
    private final PluginEnvironment environment;
    private final Path hostScript;

    public SandboxedLaunch(HostCapabilities host, PluginEnvironment environment, Path hostScript) {
        this.host = host;
        this.environment = environment;
        this.hostScript = hostScript;
    }

    /** Entry files that run on Node.js through the host script; any other is executed directly. */
    public static boolean runsOnNode(EntryPath main) {
        String name = main.value();
        return name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".cjs");
    }

    public SandboxReport report(Set<Permission> held, EntryPath main) {
        boolean nodePermissions = runsOnNode(main) && host.node().filter(NodeRuntime::hasPermissionModel).isPresent();
        Map<Permission, String> report = new EnumMap<>(Permission.class);
        for (Permission permission : Permission.values()) {
            String withheld = switch (permission) {
                case NETWORK -> host.network().available() ? NAMESPACE : SandboxReport.UNENFORCED;
                case FILE_READ, FILE_WRITE, EXEC -> nodePermissions ? NODE_PERMISSION : SandboxReport.UNENFORCED;
                case ENV -> ENV_ALLOWLIST;
            };
            report.put(permission, held.contains(permission) ? SandboxReport.GRANTED : withheld);
        }
        return new SandboxReport(report);
    }

    public List<String> command(Set<Permission> held, EntryPath main, PluginFiles files) {
        List<String> command = new ArrayList<>();
        command.add(host.setsid().orElseThrow(() -> new PluginErrorException(
                "Plugin processes need setsid (util-linux), which is not on this machine's PATH")).toString());
        if (!held.contains(Permission.NETWORK)) {
            command.addAll(host.network().prefix());
        }
        if (runsOnNode(main)) {
            NodeRuntime node = host.node().orElseThrow(() -> new PluginErrorException(
                    "Node.js is not available to run this plugin: " + host.nodeProblem() + " (plugbay.runtime.node)"));
            command.add(node.executable().toString());
            command.addAll(nodeFlags(node, held, files));
            command.add(hostScript.toString());
        }
        command.add(files.entry().toString());
        return command;
    }

    public Map<String, String> environment(String name, String version, Set<Permission> held, PluginFiles files) {
        return environment.forPlugin(files, name, version, held.contains(Permission.ENV));
    }

    private List<String> nodeFlags(NodeRuntime node, Set<Permission> held, PluginFiles files) {
        List<String> flags = new ArrayList<>();
        if (!node.hasPermissionModel()) {
            return flags;
        }
        flags.add(node.permissionFlag().orElseThrow());
        boolean writes = held.contains(Permission.FILE_WRITE);
        List<String> reads = held.contains(Permission.FILE_READ) ? List.of("*")
                : writes ? List.of(files.pluginDir().toString(), hostScript.toString(), files.dataDir().toString())
                : List.of(files.pluginDir().toString(), hostScript.toString());
        flags.addAll(pathFlags(node, "--allow-fs-read", reads));
        if (writes) {
            flags.addAll(pathFlags(node, "--allow-fs-write", List.of(files.dataDir().toString())));
        }
        if (held.contains(Permission.EXEC)) {
            EXEC_FLAGS.stream().filter(node.allowFlags()::contains).forEach(flags::add);
        }
        if (held.contains(Permission.NETWORK) && node.allowFlags().contains("--allow-net")) {
            flags.add("--allow-net");
        }
        return flags;
    }

    private static List<String> pathFlags(NodeRuntime node, String flag, List<String> paths) {
        if (node.repeatedPathFlags()) {
            return paths.stream().map(path -> flag + "=" + path).toList();
        }
        if (paths.stream().anyMatch(path -> path.contains(","))) {
            throw new PluginErrorException("This Node.js takes " + flag + " paths as a comma-separated list, "
                    + "so a plugin path holding a comma cannot be allowed; move plugbay.home to a path without one");
        }
        return List.of(flag + "=" + String.join(",", paths));
    }
}
