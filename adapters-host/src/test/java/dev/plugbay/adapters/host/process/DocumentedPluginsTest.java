package dev.plugbay.adapters.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plugbay.adapters.host.testing.RuntimeTestBase;
import dev.plugbay.adapters.host.testing.TestHost;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Hook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The complete example plugins of docs/host.md, run as they are written there. */
class DocumentedPluginsTest extends RuntimeTestBase {

    private static final Path DOCUMENT = Path.of("..", "docs", "host.md");

    @Test
    void theNodeExampleGreetsAndLogs() throws IOException {
        PluginProcess greeter = start(documented("node-manifest", "node-entry", false));

        assertEquals(Set.of(Hook.ON_REQUEST, Hook.ON_ACTION), greeter.offeredHooks());
        assertEquals(answered("{\"metadata\": {\"greeting\": \"Hello, ada!\"}}"), call(greeter, Hook.ON_REQUEST,
                "{\"requestId\": \"r1\", \"body\": {\"user\": \"ada\"}, \"metadata\": {}, \"config\": {\"greeting\": \"Hello\"}}"));
        assertEquals(answered("{\"method\": \"ping\", \"echoed\": {\"n\": 1}}"),
                call(greeter, Hook.ON_ACTION, "{\"method\": \"ping\", \"params\": {\"n\": 1}}"));
        eventually("the log line", () -> lines("greeter", "stderr").contains("greeted request r1"));
    }

    @Test
    void thePythonExampleAnswersTheSame() throws IOException {
        assumeTrue(Files.isExecutable(TestHost.DEBIAN_PYTHON), "Skipped: needs Debian's python3 at " + TestHost.DEBIAN_PYTHON);
        PluginProcess greeter = start(documented("python-manifest", "python-entry", true));

        assertEquals(answered("{\"metadata\": {\"greeting\": \"Hello, ada!\"}}"),
                call(greeter, Hook.ON_REQUEST, "{\"body\": {\"user\": \"ada\"}, \"metadata\": {}}"));
        assertEquals(answered("{\"method\": \"ping\", \"echoed\": {\"n\": 1}}"),
                call(greeter, Hook.ON_ACTION, "{\"method\": \"ping\", \"params\": {\"n\": 1}}"));
    }

    /** Writes the documented manifest's folder with its entry file, and returns the spec to start it from. */
    private ProcessSpec documented(String manifestExample, String entryExample,
            boolean executable) throws IOException {
        String document = Files.readString(DOCUMENT);
        JsonObject manifest = (JsonObject) JsonReader.parse(example(document, manifestExample));
        String name = ((JsonString) manifest.get("id").orElseThrow()).value();
        String main = ((JsonString) manifest.get("main").orElseThrow()).value();
        folders.plugin(name, "plugin.json", example(document, manifestExample), Set.of());
        return executable ? folders.executable(name, main, example(document, entryExample), Set.of())
                : folders.plugin(name, main, example(document, entryExample), Set.of());
    }

    private static String example(String document, String name) {
        Matcher block = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL)
                .matcher(document);
        assertTrue(block.find(), "docs/host.md has no example " + name);
        return block.group(1);
    }
}
