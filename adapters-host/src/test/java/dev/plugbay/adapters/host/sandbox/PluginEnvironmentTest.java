package dev.plugbay.adapters.host.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginEnvironmentTest {

    private static final PluginFiles FILES = new PluginFiles(Path.of("/home/p/plugins/x"), Path.of("/home/p/plugins/x/index.js"),
            Path.of("/home/p/plugin-data/x"));
    private static final Map<String, String> PLUGBAY = Map.of("PATH", "/usr/bin", "LC_ALL", "C.UTF-8", "USER", "plugbay",
            "TMPDIR", "/tmp", "HOME", "/root", "PLUGBAY_JWT_SECRET", "secret", "NODE_OPTIONS", "--inspect", "LD_PRELOAD", "x.so",
            "OPENAI_API_KEY", "sk", "plugbay_lower", "secret");

    @Test
    void withoutEnvOnlyTheBaseAndThePluginsOwnVariables() {
        Map<String, String> environment = new PluginEnvironment(PLUGBAY, List.of("OPENAI_API_KEY")).forPlugin(FILES, "x", "1.2.3", false);

        assertEquals(Map.of("PATH", "/usr/bin", "LC_ALL", "C.UTF-8", "HOME", "/home/p/plugin-data/x", "PLUGIN_NAME", "x",
                "PLUGIN_VERSION", "1.2.3", "PLUGIN_DIR", "/home/p/plugins/x", "PLUGIN_DATA_DIR", "/home/p/plugin-data/x",
                "PLUGIN_ENTRY", "/home/p/plugins/x/index.js"), environment);
    }

    @Test
    void withEnvAlsoTheUserSetAndThePassedThroughNames() {
        Map<String, String> environment = new PluginEnvironment(PLUGBAY, List.of("OPENAI_API_KEY")).forPlugin(FILES, "x", "1.2.3", true);

        assertEquals("plugbay", environment.get("USER"));
        assertEquals("/tmp", environment.get("TMPDIR"));
        assertEquals("sk", environment.get("OPENAI_API_KEY"));
        assertEquals("/home/p/plugin-data/x", environment.get("HOME"));
        assertFalse(environment.containsKey("LOGNAME"), "absent from Plugbay's environment, so not set");
        assertFalse(environment.containsKey("PLUGBAY_JWT_SECRET"));
        assertFalse(environment.containsKey("NODE_OPTIONS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLUGBAY_JWT_SECRET", "plugbay_jwt_secret", "NODE_OPTIONS", "LD_PRELOAD", "DYLD_INSERT_LIBRARIES",
        "JAVA_TOOL_OPTIONS", "DATASOURCES_DEFAULT_PASSWORD", "MICRONAUT_ENVIRONMENTS"})
    void namingAWithheldVariableStopsTheStartNamingTheSetting(String name) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new PluginEnvironment(Map.of(), List.of("TZ", name)));

        assertTrue(refused.getMessage().startsWith("plugbay.runtime.env-passthrough: '" + name + "' is never passed to a plugin"),
                refused.getMessage());
    }

    @Test
    void namesThatAreNotVariablesOrThatPlugbaySetsAreRefusedToo() {
        assertEquals("plugbay.runtime.env-passthrough: 'A=B' is not an environment variable name",
                assertThrows(IllegalArgumentException.class, () -> new PluginEnvironment(Map.of(), List.of("A=B"))).getMessage());
        assertEquals("plugbay.runtime.env-passthrough: 'HOME' is set by Plugbay for each plugin",
                assertThrows(IllegalArgumentException.class, () -> new PluginEnvironment(Map.of(), List.of("HOME"))).getMessage());
        assertEquals("plugbay.runtime.env-passthrough: 'PLUGIN_DIR' is set by Plugbay for each plugin",
                assertThrows(IllegalArgumentException.class, () -> new PluginEnvironment(Map.of(), List.of("PLUGIN_DIR"))).getMessage());
    }
}
