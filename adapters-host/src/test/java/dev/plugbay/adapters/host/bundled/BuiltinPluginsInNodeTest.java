package dev.plugbay.adapters.host.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.host.archive.ArchiveExtractor;
import dev.plugbay.adapters.host.sandbox.NodeRuntime;
import dev.plugbay.adapters.host.testing.TestHost;
import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each built-in plugin, extracted from its packaged archive, runs its tests (src/test/node) on this
 * machine's Node under Node's permission model with reads of its own folder and its tests only: the
 * plugins need no permission. The suites call the handlers with the arguments RUNTIME.md's Node host
 * script gives; {@link BuiltinPluginsThroughTheRuntimeTest} runs the plugins through that script.
 */
class BuiltinPluginsInNodeTest {

    private static final Path TESTS = Path.of("src/test/node").toAbsolutePath();

    @TempDir
    Path work;

    static Stream<MarketplaceEntry> seed() {
        return new ClasspathBundledPlugins().entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seed")
    void thePluginPassesItsTestsWithoutAnyPermission(MarketplaceEntry entry) throws Exception {
        NodeRuntime node = TestHost.CAPABILITIES.node().orElseThrow(() -> new AssertionError(TestHost.CAPABILITIES.nodeProblem()));
        assertTrue(node.hasPermissionModel(), node.version());
        Path staging = Files.createDirectory(work.resolve(".staging"));
        Path root = new ArchiveExtractor()
                .extract(new ClasspathBundledPlugins().archive(entry.name()).orElseThrow(), staging, PackageLimits.DEFAULTS)
                .toRealPath();
        Path tests = TESTS.toRealPath();
        List<String> command = new ArrayList<>(List.of(node.executable().toString(), node.permissionFlag().orElseThrow()));
        command.addAll(node.repeatedPathFlags()
                ? List.of("--allow-fs-read=" + root, "--allow-fs-read=" + tests)
                : List.of("--allow-fs-read=" + root + "," + tests));
        command.add(tests.resolve(entry.name() + ".test.mjs").toString());

        CommandRun run = CommandRun.run(command, Map.of("PLUGIN_DIR", root.toString()), work);

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("# fail 0"), run.output());
    }
}
