package dev.plugbay.adapters.host.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.host.archive.ArchiveExtractor;
import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
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
    private static String permissionFlag;

    @TempDir
    Path work;

    @BeforeAll
    static void findNode() throws Exception {
        ChildProcess version = ChildProcess.run(List.of("node", "--version"), Map.of(), Files.createTempDirectory("node"));
        assertEquals(0, version.exitCode(), version.output());
        permissionFlag = permissionFlag(version.output().strip());
    }

    static Stream<MarketplaceEntry> seed() {
        return new ClasspathBundledPlugins().entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seed")
    void thePluginPassesItsTestsWithoutAnyPermission(MarketplaceEntry entry) throws Exception {
        Path staging = Files.createDirectory(work.resolve(".staging"));
        Path root = new ArchiveExtractor()
                .extract(new ClasspathBundledPlugins().archive(entry.name()).orElseThrow(), staging, PackageLimits.DEFAULTS)
                .toRealPath();
        Path tests = TESTS.toRealPath();

        ChildProcess node = ChildProcess.run(List.of("node", permissionFlag, "--allow-fs-read=" + root, "--allow-fs-read=" + tests,
                tests.resolve(entry.name() + ".test.mjs").toString()), Map.of("PLUGIN_DIR", root.toString()), work);

        assertEquals(0, node.exitCode(), node.output());
        assertTrue(node.output().contains("# fail 0"), node.output());
    }

    /** {@code --permission} from Node 22.13 in 22.x and from 23.5, {@code --experimental-permission} before (RUNTIME.md). */
    static String permissionFlag(String version) {
        Matcher parts = Pattern.compile("v(\\d+)\\.(\\d+)\\..*").matcher(version);
        if (!parts.matches()) {
            throw new IllegalStateException("not a Node version: " + version);
        }
        int major = Integer.parseInt(parts.group(1));
        int minor = Integer.parseInt(parts.group(2));
        boolean stable = major > 23 || major == 23 && minor >= 5 || major == 22 && minor >= 13;
        return stable ? "--permission" : "--experimental-permission";
    }
}
