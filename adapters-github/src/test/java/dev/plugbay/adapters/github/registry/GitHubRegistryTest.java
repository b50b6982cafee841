package dev.plugbay.adapters.github.registry;

import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.github.fake.Fault;
import dev.plugbay.application.port.out.registry.RegistryPublisher;
import dev.plugbay.application.port.out.registry.RegistryReader;
import dev.plugbay.contracts.registry.RegistryPortsContract;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The GitHub registry adapter against the fake GitHub, run against the registry ports' contract. */
class GitHubRegistryTest {

    /** The index is kept in step with the files, as the Invenicum index workflow keeps it. */
    @Nested
    class RegistryPorts extends RegistryPortsContract {

        private FakeGitHub fake;
        private GitHubRegistryReader reader;
        private GitHubRegistryPublisher publisher;
        private final Map<String, JsonObject> index = new LinkedHashMap<>();

        @Override
        protected void openEmptyRegistry() {
            fake = FakeGitHub.empty();
            index.clear();
            writeIndex();
            GitHubConnection connection = GitHubFixtures.connection(fake, true);
            reader = new GitHubRegistryReader(connection);
            publisher = new GitHubRegistryPublisher(connection);
        }

        @AfterEach
        void stopFake() {
            fake.close();
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
            return true;
        }

        @Override
        protected void list(String id, JsonObject indexEntry, JsonObject file) {
            index.put(id, indexEntry);
            writeIndex();
            fake.putFile("plugins/" + id + ".json", file.toJson());
        }

        @Override
        protected void listWithoutFile(String id, JsonObject indexEntry) {
            index.put(id, indexEntry);
            writeIndex();
        }

        @Override
        protected void unlist(String id) {
            index.remove(id);
            writeIndex();
            fake.removeFile("plugins/" + id + ".json");
        }

        @Override
        protected Optional<JsonObject> registryFile(String id) {
            return fake.file(FakeGitHub.BRANCH, "plugins/" + id + ".json").map(text -> (JsonObject) JsonReader.parse(text));
        }

        @Override
        protected List<String> openPullRequestUrls() {
            return fake.pullRequests().stream().filter(pr -> pr.state().equals("open")).map(FakeGitHub.PullRequest::url).toList();
        }

        @Override
        protected void setUnavailable(boolean unavailable) {
            if (unavailable) {
                fake.inject(FakeGitHub.Server.API, "/", new Fault.Status(503));
                fake.inject(FakeGitHub.Server.RAW, "/", new Fault.Status(503));
            } else {
                fake.clearFaults();
            }
        }

        private void writeIndex() {
            List<JsonValue> plugins = new ArrayList<>(index.values());
            fake.putFile("repository_plugin.json", new JsonObject(Map.of("name", new JsonString("Test Market"),
                    "plugins", new JsonArray(plugins))).toJson());
        }
    }
}
