package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.registry.RegistryPublisher;
import dev.plugbay.application.port.out.registry.RegistryReader;
import dev.plugbay.contracts.registry.RegistryPortsContract;
import dev.plugbay.domain.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/** The reference side of the registry contract: the in-memory registry the use-case tests run on. */
class InMemoryRegistryTest {

    @Nested
    class RegistryPorts extends RegistryPortsContract {

        private InMemoryRegistry registry;

        @Override
        protected void openEmptyRegistry() {
            registry = new InMemoryRegistry();
        }

        @Override
        protected RegistryReader reader() {
            return registry;
        }

        @Override
        protected RegistryPublisher publisher() {
            return registry;
        }

        @Override
        protected boolean reviewsChanges() {
            return true;
        }

        @Override
        protected void list(String id, JsonObject indexEntry, JsonObject file) {
            registry.list(id, indexEntry, file);
        }

        @Override
        protected void listWithoutFile(String id, JsonObject indexEntry) {
            registry.listWithoutFile(id, indexEntry);
        }

        @Override
        protected void unlist(String id) {
            registry.unlist(id);
        }

        @Override
        protected Optional<JsonObject> registryFile(String id) {
            return Optional.ofNullable(registry.files().get(id));
        }

        @Override
        protected List<String> openPullRequestUrls() {
            return registry.openPullRequests().stream().map(proposal -> proposal.url().orElseThrow()).toList();
        }

        @Override
        protected void setUnavailable(boolean unavailable) {
            registry.setUnavailable(unavailable);
        }
    }
}
