package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.domain.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HOST.md "Local install": each refusal of the numbered steps over HTTP on the packaged
 * configuration, with its code and status, and the plugins root exactly as it was (the installed
 * plugin intact, no staging residue). Caps (413) are tested on the store with small limits.
 */
class HostInstallRefusalsOverHttpTest {

    @TempDir
    static Path home;

    @TempDir
    static Path sources;

    private static PackagedServer server;
    private static HostOperator operator;

    @BeforeAll
    static void startWithOnePluginInstalled() {
        server = PackagedServer.start(home, Map.of());
        operator = new HostOperator(server);
        operator.install(HostOperator.fixture("welcome-banner", sources), 201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Path folder(String name, Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(sources.resolve("cases").resolve(name));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private static String manifest(String id, String extra) {
        return "{\"id\": \"" + id + "\", \"version\": \"1.0.0\", \"author\": \"a\", \"main\": \"index.js\", "
                + "\"hooks\": {\"onActivate\": true}" + extra + "}";
    }

    @Test
    void everyRefusalAnswersItsCodeAndLeavesTheRootAsItWas() throws Exception {
        Path linked = folder("linked", Map.of("plugin.json", manifest("linked", ""), "index.js", ""));
        Files.createSymbolicLink(linked.resolve("passwd"), Path.of("../../../../../../etc/passwd"));
        Path piped = folder("piped", Map.of("plugin.json", manifest("piped", ""), "index.js", ""));
        assertEquals(0, new ProcessBuilder("mkfifo", piped.resolve("fifo").toString()).start().waitFor());
        Files.createDirectories(home.resolve("inside"));

        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("relative/dir", "400 INVALID_REQUEST");
        refusals.put(sources + "/x/../y", "400 INVALID_REQUEST");
        refusals.put(sources + "/does-not-exist", "400 INVALID_REQUEST");
        refusals.put(home.resolve("inside").toString(), "400 INVALID_REQUEST");
        refusals.put(folder("no-manifest", Map.of("index.js", "")).toString(), "400 INVALID_MANIFEST");
        refusals.put(folder("bad-json", Map.of("plugin.json", "{\"id\": ")).toString(), "400 INVALID_MANIFEST");
        refusals.put(folder("route-id", Map.of("plugin.json", manifest("scan", ""), "index.js", "")).toString(),
                "400 INVALID_MANIFEST");
        refusals.put(linked.toString(), "400 INVALID_PACKAGE");
        refusals.put(piped.toString(), "400 INVALID_PACKAGE");
        refusals.put(folder("no-entry", Map.of("plugin.json", manifest("no-entry", ""))).toString(), "400 INVALID_MANIFEST");
        refusals.put(folder("pinned", Map.of("plugin.json", manifest("pinned",
                ", \"integrity\": \"sha256-NasUtKe1l8TLPFaM3fOe4HxVfN1+GfLri4NGfq/XBgk=\""), "index.js", "module.exports = {};"))
                .toString(), "400 INTEGRITY_MISMATCH");
        refusals.put(HostOperator.fixture("welcome-banner", sources.resolve("again")).toString(), "409 VERSION_CONFLICT");

        List<String> before = HostOperator.rootEntries(home);
        String entryBefore = Files.readString(home.resolve("plugins/welcome-banner/index.js"));
        refusals.forEach((path, expected) -> {
            int status = Integer.parseInt(expected.substring(0, 3));
            JsonValue refused = operator.install(Path.of(path), status);
            assertEquals(expected.substring(4), text(refused, "error"), path + ": " + refused.toJson());
            assertFalse(refused.toJson().contains(home.toString()), "no absolute path of the home: " + refused.toJson());
            assertEquals(before, HostOperator.rootEntries(home), path);
        });
        assertTrue(before.contains("welcome-banner"), before.toString());
        assertEquals(entryBefore, Files.readString(home.resolve("plugins/welcome-banner/index.js")));
        assertTrue(Files.exists(Path.of("/etc/passwd")));
    }

    @Test
    void aNameWithDotsInsideIsAcceptedAsAFolderName() throws IOException {
        Path dotted = folder("a..b", Map.of("plugin.json", manifest("dotted", ""), "index.js", "module.exports = {};"));

        operator.install(dotted, 201);
    }
}
