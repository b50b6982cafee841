package dev.plugbay.adapters.host.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.host.testing.TestContexts;
import dev.plugbay.application.port.out.registry.RegistryEntry;
import dev.plugbay.application.port.out.registry.RegistryPublisher;
import dev.plugbay.application.port.out.registry.RegistryReader;
import dev.plugbay.contracts.registry.RegistryPortsContract;
import dev.plugbay.contracts.testing.FixtureFiles;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.Proposal;
import dev.plugbay.domain.registry.RegistryIndex;
import dev.plugbay.domain.testing.JsonText;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory registry on a temporary directory: the registry ports' contract, then what only it does. */
class DirectoryRegistryTest {

    @TempDir
    Path temp;

    private Path root() {
        return temp.resolve("registry");
    }

    private Path emptyRegistry() {
        try {
            Files.createDirectories(root());
            Files.writeString(root().resolve(RegistryIndex.INDEX_FILE), "{\"name\": \"Test Market\", \"plugins\": []}");
            return root();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DirectoryRegistrySettings settings(Path directory) {
        return new DirectoryRegistrySettings(directory);
    }

    @Nested
    class RegistryPorts extends RegistryPortsContract {

        private DirectoryRegistryReader reader;
        private DirectoryRegistryPublisher publisher;

        @Override
        protected void openEmptyRegistry() {
            DirectoryRegistrySettings settings = settings(emptyRegistry());
            reader = new DirectoryRegistryReader(settings);
            publisher = new DirectoryRegistryPublisher(settings);
        }

        @Override
        protected RegistryReader reader() {
            return reader;
        }

        @Override
        protected RegistryPublisher publisher() {
            return publisher;
        }

        @Override
        protected boolean reviewsChanges() {
            return false;
        }

        @Override
        protected void list(String id, JsonObject indexEntry, JsonObject file) {
            listWithoutFile(id, indexEntry);
            write(RegistryIndex.PLUGINS_FOLDER + "/" + id + ".json", file.toJson());
        }

        @Override
        protected void listWithoutFile(String id, JsonObject indexEntry) {
            JsonObject index = index();
            List<JsonValue> plugins = new ArrayList<>(((JsonArray) index.get("plugins").orElseThrow()).elements());
            plugins.add(indexEntry);
            write(RegistryIndex.INDEX_FILE, index.with("plugins", new JsonArray(plugins)).toJson());
        }

        @Override
        protected void unlist(String id) {
            write(RegistryIndex.INDEX_FILE, RegistryIndex.withoutEntry(index(), new PluginId(id)).toJson());
        }

        @Override
        protected Optional<JsonObject> registryFile(String id) {
            Path file = root().resolve(RegistryIndex.PLUGINS_FOLDER).resolve(id + ".json");
            return Files.exists(file) ? Optional.of(JsonText.object(read(file))) : Optional.empty();
        }

        @Override
        protected List<String> openPullRequestUrls() {
            return List.of();
        }

        /** The directory taken away, as an unmounted disk or a checkout being replaced would. */
        @Override
        protected void setUnavailable(boolean unavailable) {
            Path away = temp.resolve("away");
            try {
                if (unavailable) {
                    Files.move(root(), away);
                } else {
                    Files.move(away, root());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private JsonObject index() {
            return JsonText.object(read(root().resolve(RegistryIndex.INDEX_FILE)));
        }
    }

    @Test
    void theSharedFixtureIsReadAsTheGitHubRegistryServesIt() throws IOException {
        copyFixtureRegistry();

        List<RegistryEntry> entries = new DirectoryRegistryReader(settings(root())).readAll();

        assertEquals(List.of("digital_clock", "who_am_i", "stock-alerts", "quality_checker", "broken_version"),
                entries.stream().map(RegistryEntry::id).toList());
        assertEquals(Optional.of(JsonText.fixture("registry/plugins/who_am_i.json")), entries.get(1).document());
        assertTrue(entries.stream().allMatch(entry -> entry.document().isPresent()));
    }

    @Test
    void aPluginFileLinkedOutsideTheDirectoryIsUnreadableAndNeverRead() throws IOException {
        copyFixtureRegistry();
        Path secret = Files.writeString(temp.resolve("secret.json"), "{\"id\": \"digital_clock\", \"secret\": true}");
        Path file = root().resolve("plugins/digital_clock.json");
        Files.delete(file);
        Files.createSymbolicLink(file, secret);

        RegistryEntry clock = new DirectoryRegistryReader(settings(root())).readAll().get(0);

        assertTrue(clock.document().isEmpty());
        assertTrue(clock.failure().orElseThrow().contains("plugins/digital_clock.json leads outside the registry directory"),
                clock.failure().orElseThrow());
    }

    @Test
    void aPluginsFolderLinkedOutsideIsNeitherReadNorWritten() throws IOException {
        emptyRegistry();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createSymbolicLink(root().resolve(RegistryIndex.PLUGINS_FOLDER), elsewhere);
        DirectoryRegistryPublisher publisher = new DirectoryRegistryPublisher(settings(root()));

        DomainException refused = assertThrows(DomainException.class,
                () -> publisher.proposeCreation(RegistryPortsContract.manifest("fresh", "1.0.0")));

        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, refused.code());
        assertTrue(refused.getMessage().contains("leads outside the registry directory"), refused.getMessage());
        try (Stream<Path> written = Files.list(elsewhere)) {
            assertEquals(List.of(), written.toList());
        }
        assertEquals("{\"name\": \"Test Market\", \"plugins\": []}", read(root().resolve(RegistryIndex.INDEX_FILE)));
    }

    @Test
    void aPluginFileOverOneMebibyteIsUnreadable() throws IOException {
        copyFixtureRegistry();
        Files.writeString(root().resolve("plugins/who_am_i.json"), "\"" + "a".repeat(DirectoryRegistryReader.MAX_PLUGIN_FILE_BYTES) + "\"");

        RegistryEntry whoAmI = new DirectoryRegistryReader(settings(root())).readAll().get(1);

        assertTrue(whoAmI.failure().orElseThrow().contains("larger than 1048576 bytes"), whoAmI.failure().orElseThrow());
    }

    @Test
    void withdrawingTheLastChangeGivesTheFileAndTheIndexTheirEarlierContent() throws IOException {
        copyFixtureRegistry();
        String index = read(root().resolve(RegistryIndex.INDEX_FILE));
        String clock = read(root().resolve("plugins/digital_clock.json"));
        DirectoryRegistryPublisher publisher = new DirectoryRegistryPublisher(settings(root()));

        publisher.withdraw(publisher.proposeUpdate(RegistryPortsContract.manifest("digital_clock", "1.3.0"), true));
        publisher.withdraw(publisher.proposeCreation(RegistryPortsContract.manifest("fresh", "1.0.0")));

        assertEquals(index, read(root().resolve(RegistryIndex.INDEX_FILE)));
        assertEquals(clock, read(root().resolve("plugins/digital_clock.json")));
        assertFalse(Files.exists(root().resolve("plugins/fresh.json")));
    }

    @Test
    void aChangeFollowedByAnotherIsNotWithdrawn() {
        emptyRegistry();
        DirectoryRegistryPublisher publisher = new DirectoryRegistryPublisher(settings(root()));
        Proposal first = publisher.proposeCreation(RegistryPortsContract.manifest("first", "1.0.0"));
        publisher.proposeCreation(RegistryPortsContract.manifest("second", "1.0.0"));

        publisher.withdraw(first);

        assertEquals(List.of("first", "second"), new DirectoryRegistryReader(settings(root())).readAll().stream()
                .map(RegistryEntry::id).toList());
    }

    @Test
    void theSettingSelectsTheDirectoryRegistryAndAMissingDirectoryStopsTheStartNamingIt() {
        try (ApplicationContext context = TestContexts.start(temp, Map.of("plugbay.registry.directory", emptyRegistry().toString()))) {
            assertTrue(context.getBean(RegistryReader.class) instanceof DirectoryRegistryReader);
            assertTrue(context.getBean(RegistryPublisher.class) instanceof DirectoryRegistryPublisher);
        }
        try (ApplicationContext context = TestContexts.start(temp, Map.of())) {
            assertFalse(context.containsBean(DirectoryRegistryReader.class));
        }

        String missing = temp.resolve("missing").toString();
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> TestContexts.start(temp, Map.of("plugbay.registry.directory", missing)).close());

        assertTrue(TestContexts.messages(failure).contains("plugbay.registry.directory must name an existing directory, not " + missing),
                TestContexts.messages(failure));
    }

    private void copyFixtureRegistry() {
        FixtureFiles.copy("registry", root());
    }

    private void write(String name, String text) {
        try {
            Path file = root().resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
