package dev.plugbay.adapters.host.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The environment allowlist (RUNTIME.md "Environment"): a plugin process starts from an empty
 * environment and gets only what is listed here, whatever Plugbay's own environment holds.
 */
public final class PluginEnvironment {

    private static final List<String> ALWAYS_COPIED = List.of("PATH", "LANG", "LC_ALL", "TZ");
    private static final List<String> COPIED_WITH_ENV = List.of("USER", "LOGNAME", "HOSTNAME", "TMPDIR");
    private static final List<String> NEVER = List.of("NODE_OPTIONS", "JAVA_TOOL_OPTIONS");
    private static final List<String> NEVER_PREFIXES = List.of("LD_", "DYLD_", "PLUGBAY_", "DATASOURCES_", "MICRONAUT_");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> hostEnvironment;
    private final List<String> passthrough;

    /**
     * @param hostEnvironment Plugbay's own environment, where the copied values come from
     * @param passthrough {@code plugbay.runtime.env-passthrough}: refused when it names anything withheld
     */
    public PluginEnvironment(Map<String, String> hostEnvironment, List<String> passthrough) {
        for (String name : passthrough) {
            String problem = !NAME.matcher(name).matches() ? "is not an environment variable name"
                    : withheld(name) ? "is never passed to a plugin (NODE_OPTIONS, JAVA_TOOL_OPTIONS, LD_*, DYLD_*, PLUGBAY_*, "
                            + "DATASOURCES_* and MICRONAUT_* are withheld)"
                    : name.equals("HOME") || name.startsWith("PLUGIN_") ? "is set by Plugbay for each plugin"
                    : null;
            if (problem != null) {
                throw new IllegalArgumentException("plugbay.runtime.env-passthrough: '" + name + "' " + problem);
            }
        }
        this.hostEnvironment = Map.copyOf(hostEnvironment);
        this.passthrough = List.copyOf(passthrough);
    }

    /** Names no plugin ever receives; compared without case, so {@code plugbay_jwt_secret} is withheld too. */
    public static boolean withheld(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return NEVER.contains(upper) || NEVER_PREFIXES.stream().anyMatch(upper::startsWith);
    }

    /** The whole environment of one plugin process. */
    public Map<String, String> forPlugin(PluginFiles files, String name, String version, boolean holdsEnv) {
        Map<String, String> environment = new LinkedHashMap<>();
        copy(ALWAYS_COPIED, environment);
        if (holdsEnv) {
            copy(COPIED_WITH_ENV, environment);
            copy(passthrough, environment);
        }
        environment.put("HOME", files.dataDir().toString());
        environment.put("PLUGIN_NAME", name);
        environment.put("PLUGIN_VERSION", version);
        environment.put("PLUGIN_DIR", files.pluginDir().toString());
        environment.put("PLUGIN_DATA_DIR", files.dataDir().toString());
        environment.put("PLUGIN_ENTRY", files.entry().toString());
        return environment;
    }

    private void copy(List<String> names, Map<String, String> into) {
        for (String name : names) {
            String value = hostEnvironment.get(name);
            if (value != null && !withheld(name)) {
                into.put(name, value);
            }
        }
    }
}
