package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.RemoteMarketplace;
import dev.plugbay.contracts.host.RemoteMarketplaceContract;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;

/** The in-memory web of the host marketplace, run against the contract of the port it implements. */
class InMemoryRemoteMarketplaceTest {

    @Nested
    class RemoteMarketplacePort extends RemoteMarketplaceContract {

        private final InMemoryRemoteMarketplace marketplace = new InMemoryRemoteMarketplace(Set.of("plugins.example"));
        private final AtomicInteger paths = new AtomicInteger();

        @Override
        protected RemoteMarketplace marketplace() {
            return marketplace;
        }

        @Override
        protected String serving(byte[] body, String contentType) {
            String url = nextUrl();
            marketplace.serve(url, body);
            return url;
        }

        @Override
        protected String answering(int status) {
            String url = nextUrl();
            marketplace.answer(url, status);
            return url;
        }

        @Override
        protected String redirecting() {
            return answering(302);
        }

        @Override
        protected String notAllowed() {
            return "https://elsewhere.example/registry.json";
        }

        private String nextUrl() {
            return "https://plugins.example/files/" + paths.incrementAndGet();
        }
    }
}
