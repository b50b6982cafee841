package dev.plugbay.adapters.host.bundled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.host.archive.ArchiveExtractor;
import dev.plugbay.application.port.out.host.BundledPlugins;
import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.contracts.host.BundledPluginsContract;
import dev.plugbay.domain.config.ConfigValues;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.testing.DomainFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed as the build packed it: OmniRoute's four entries, each archive a valid plugin whose pins hold. */
class ClasspathBundledPluginsTest {

    private static final List<String> SEED = List.of("request-logger", "rate-limiter", "cost-tracker", "theme-manager");

    private final ClasspathBundledPlugins bundled = new ClasspathBundledPlugins();

    @TempDir
    Path work;

    @Test
    void theSeedIsOmniRoutesFourEntriesVerifiedAndBundled() {
        List<MarketplaceEntry> entries = bundled.entries();

        assertEquals(SEED, entries.stream().map(entry -> entry.name().value()).toList());
        for (MarketplaceEntry entry : entries) {
            assertTrue(entry.verified() && entry.bundled(), entry.name().value());
            assertEquals("", entry.downloadUrl());
            assertTrue(entry.sha256().isPresent() && entry.integrity().isPresent(), entry.name().value());
            assertTrue(entry.integrity().orElseThrow().toString().startsWith("sha384-"));
        }
    }

    @Test
    void everyArchiveIsAValidPluginMatchingItsEntryAndItsIntegrityPin() throws IOException {
        for (MarketplaceEntry entry : bundled.entries()) {
            Path root = extract(entry);
            JsonObject document = (JsonObject) JsonReader.parse(Files.readString(root.resolve("plugin.json")));
            Manifest manifest = DomainFixtures.READER.read(document, ManifestOrigin.document()).manifest();

            assertEquals(entry.name(), manifest.id());
            assertEquals(entry.version(), manifest.version());
            assertEquals(entry.description(), manifest.description());
            assertEquals(entry.tags(), manifest.tags());
            assertEquals(List.of(), List.copyOf(manifest.permissions()), "the seed needs no permission: " + entry.name());
            assertTrue(entry.integrity().orElseThrow().matches(Files.readAllBytes(root.resolve(manifest.main().value()))),
                    entry.name().value());
            assertTrue(!manifest.configSchema().fields().isEmpty(), "a config schema each: " + entry.name());
        }
    }

    @Test
    void requestLoggersConfigWithNothingStoredIsRuntimeMdsVector() throws IOException {
        MarketplaceEntry requestLogger = bundled.entries().get(0);
        Path root = extract(requestLogger);
        Manifest manifest = DomainFixtures.READER.read(
                (JsonObject) JsonReader.parse(Files.readString(root.resolve("plugin.json"))), ManifestOrigin.document()).manifest();

        assertEquals("{\"logLevel\":\"info\",\"includeBody\":false,\"maxBodyLength\":500}",
                manifest.configSchema().effective(ConfigValues.EMPTY).toJson());
    }

    @Test
    void theBuildStepIsReproducible() throws Exception {
        Path again = work.resolve("again");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "src/build/PackageBuiltinPlugins.java", "src/main/plugins", again.toString()));
        command.addAll(SEED);

        CommandRun build = CommandRun.run(command, Map.of("TZ", "Pacific/Kiritimati"), work);

        assertEquals(0, build.exitCode(), build.output());
        try (Stream<Path> files = Files.list(again)) {
            List<Path> built = files.sorted().toList();
            assertEquals(SEED.size() + 1, built.size(), built.toString());
            for (Path file : built) {
                assertArrayEquals(packaged(file.getFileName().toString()), Files.readAllBytes(file), file.getFileName().toString());
            }
        }
    }

    private Path extract(MarketplaceEntry entry) throws IOException {
        Path staging = Files.createDirectory(work.resolve(".staging-" + entry.name()));
        return new ArchiveExtractor().extract(bundled.archive(entry.name()).orElseThrow(), staging, PackageLimits.DEFAULTS);
    }

    private static byte[] packaged(String name) throws IOException {
        try (InputStream in = ClasspathBundledPluginsTest.class.getClassLoader().getResourceAsStream(ClasspathBundledPlugins.FOLDER + name)) {
            return in.readAllBytes();
        }
    }

    @Nested
    class BundledPluginsPort extends BundledPluginsContract {

        @Override
        protected BundledPlugins bundled() {
            return bundled;
        }
    }
}
