package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.registry.DocumentFetcher;
import dev.plugbay.contracts.registry.DocumentFetcherContract;
import dev.plugbay.domain.error.UrlNotAllowedException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;

/** The in-memory document fetcher, run against the contract of the port it implements. */
class InMemoryDocumentFetcherTest {

    @Nested
    class DocumentFetcherPort extends DocumentFetcherContract {

        private final InMemoryDocumentFetcher fetcher = new InMemoryDocumentFetcher();
        private final AtomicInteger served = new AtomicInteger();

        @Override
        protected DocumentFetcher fetcher() {
            return fetcher;
        }

        @Override
        protected String serving(String body) {
            String url = "https://plugins.example/document-" + served.incrementAndGet() + ".json";
            fetcher.serveText(url, body);
            return url;
        }

        @Override
        protected String unansweredUrl() {
            return "https://plugins.example/nothing-here.json";
        }

        @Override
        protected String refusedUrl() {
            String url = "http://127.0.0.1/internal.json";
            fetcher.fail(url, new UrlNotAllowedException("URL not allowed: 127.0.0.1 (loopback)"));
            return url;
        }

        @Override
        protected int maxDocumentBytes() {
            return InMemoryDocumentFetcher.MAX_DOCUMENT_BYTES;
        }
    }
}
