package dev.plugbay.adapters.host.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.host.marketplace.MarketplaceEntryReader.Source;
import dev.plugbay.domain.host.marketplace.RegistryDocument;
import dev.plugbay.domain.json.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/examples/registry.json is a valid remote registry of the four built-in plugins whose digests
 * are those of the archives the build packs: serving those archives at its download URLs works.
 */
class ExampleRegistryTest {

    private static final Path EXAMPLE = Path.of("../docs/examples/registry.json");

    @Test
    void theExampleListsTheBuiltInPluginsWithTheDigestsOfTheirBuiltArchives() throws IOException {
        RegistryDocument.Listed listed = assertInstanceOf(RegistryDocument.Listed.class,
                RegistryDocument.read(JsonReader.parse(Files.readString(EXAMPLE)), Source.REMOTE));
        List<MarketplaceEntry> bundled = new ClasspathBundledPlugins().entries();

        assertEquals(List.of(), listed.skipped());
        assertEquals(bundled.size(), listed.entries().size());
        for (int i = 0; i < bundled.size(); i++) {
            MarketplaceEntry built = bundled.get(i);
            MarketplaceEntry example = listed.entries().get(i);
            String fix = " (regenerate docs/examples/registry.json from adapters-host/target/classes/builtin-plugins/index.json)";
            assertEquals(built.name(), example.name(), fix);
            assertEquals(built.version(), example.version(), built.name() + fix);
            assertEquals(built.sha256(), example.sha256(), built.name() + fix);
            assertEquals(built.integrity(), example.integrity(), built.name() + fix);
            assertEquals(built.description(), example.description(), built.name() + fix);
            assertTrue(example.downloadUrl().endsWith("/" + built.name() + "-" + built.version() + ".zip"), example.downloadUrl());
        }
    }
}
