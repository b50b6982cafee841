package dev.plugbay.application.service.marketplace;

import dev.plugbay.application.service.marketplace.MarketplaceRegistry;

import static dev.plugbay.contracts.memory.HostMarketplace.REGISTRY_URL;
import static dev.plugbay.contracts.memory.HostMarketplace.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.in.marketplace.MarketplaceListing;
import dev.plugbay.domain.host.marketplace.ListingSource;
import dev.plugbay.application.port.out.host.RemoteMarketplace;
import dev.plugbay.contracts.memory.HostMarketplace;
import dev.plugbay.contracts.memory.InMemoryRemoteMarketplace;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.error.UrlNotAllowedException;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.host.marketplace.SkippedEntry;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HOST.md "Remote marketplace": where the listing comes from, what a registry problem gives, and the cache. */
class MarketplaceRegistryTest {

    private static final String CALLER = "marketplace-listing-caller";
    private static final List<String> SEED = List.of("request-logger", "rate-limiter");

    private final HostMarketplace host = new HostMarketplace();

    @Test
    void withoutASavedUrlTheSeedIsListedWithoutWarningOrFetch() {
        MarketplaceListing listing = host.registry.current();

        assertEquals(SEED, names(listing));
        assertEquals(ListingSource.SEED, listing.source());
        assertEquals(Optional.empty(), listing.warning());
        assertEquals(List.of(), listing.skipped());
    }

    @Test
    void aSavedRegistryIsListedInItsOrderWithItsSkippedEntries() {
        host.withRegistry("{\"plugins\": [" + entry("zeta", "1.0.0", "") + ", " + entry("alpha", "2.0.0", "")
                + ", " + entry("broken", "1.0", "") + "]}");

        MarketplaceListing listing = host.registry.current();

        assertEquals(List.of("zeta", "alpha"), names(listing));
        assertEquals(ListingSource.REMOTE, listing.source());
        assertEquals(Optional.empty(), listing.warning());
        assertEquals(List.of(2), listing.skipped().stream().map(SkippedEntry::index).toList());
    }

    static Stream<Arguments> unusableRegistries() {
        String thousandAndOne = IntStream.rangeClosed(0, 1000).mapToObj(i -> entry("p" + i, "1.0.0", ""))
                .collect(Collectors.joining(",", "[", "]"));
        return Stream.of(
                Arguments.of("empty", (Serving) r -> r.serve(REGISTRY_URL, "[]"), "Remote registry returned no plugins"),
                Arguments.of("empty plugins", (Serving) r -> r.serve(REGISTRY_URL, "{\"plugins\": []}"), "Remote registry returned no plugins"),
                Arguments.of("wrong shape", (Serving) r -> r.serve(REGISTRY_URL, "{\"entries\": []}"), "neither an array of entries nor an object"),
                Arguments.of("no valid entry", (Serving) r -> r.serve(REGISTRY_URL, "[{\"name\": \"x\"}, 42]"), "Remote registry has no valid entry"),
                Arguments.of("too many entries", (Serving) r -> r.serve(REGISTRY_URL, thousandAndOne), "more than 1000 entries"),
                Arguments.of("malformed", (Serving) r -> r.serve(REGISTRY_URL, "[{\"name\": "), "is not valid JSON"),
                Arguments.of("oversized", (Serving) r -> r.serve(REGISTRY_URL, new byte[RemoteMarketplace.MAX_REGISTRY_BYTES + 1]), "larger than 1048576 bytes"),
                Arguments.of("down", (Serving) r -> r.takeDown(REGISTRY_URL), "could not be reached"),
                Arguments.of("answering 500", (Serving) r -> r.answer(REGISTRY_URL, 500), "answered HTTP 500"),
                Arguments.of("redirecting", (Serving) r -> r.answer(REGISTRY_URL, 302), "answered HTTP 302"),
                Arguments.of("slow", (Serving) r -> r.fail(REGISTRY_URL,
                        new UpstreamUnavailableException("plugins.example:443 did not answer in time")), "did not answer in time"),
                Arguments.of("resolving to a private address", (Serving) r -> r.fail(REGISTRY_URL, new UrlNotAllowedException(
                        "URL not allowed: plugins.example resolves to a non-public address 10.0.0.1 (private)")), "non-public address"));
    }

    /** How the fake web answers at the registry URL. */
    interface Serving extends Consumer<InMemoryRemoteMarketplace> {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableRegistries")
    void aRegistryThatCannotBeUsedGivesTheSeedWithAWarningNamingWhy(String registry, Serving serving, String reason) {
        host.withRegistry("[" + entry("zeta", "1.0.0", "") + "]");
        serving.accept(host.remote);
        host.registry.forget();

        MarketplaceListing listing = host.registry.current();

        assertEquals(SEED, names(listing));
        assertEquals(ListingSource.SEED, listing.source());
        String warning = listing.warning().orElseThrow();
        assertTrue(warning.contains(reason), warning);
        assertTrue(warning.endsWith("; showing the built-in list"), warning);
    }

    @Test
    void anEmptyRegistrysWarningIsHostMdsSentence() {
        host.withRegistry("[]");

        assertEquals(Optional.of("Remote registry returned no plugins; showing the built-in list"), host.registry.current().warning());
    }

    @Test
    void anUnexpectedFailureStillGivesTheSeedAndItsWarningRevealsNoInternals() {
        host.withRegistry("[]");
        host.remote.fail(REGISTRY_URL, new IllegalStateException("/home/plugbay/secret stack detail"));
        host.registry.forget();

        MarketplaceListing listing = host.registry.current();

        assertEquals(ListingSource.SEED, listing.source());
        assertEquals(Optional.of("Remote registry could not be read; showing the built-in list"), listing.warning());
    }

    @Test
    void aRegistryIsFetchedOnceInSixtySecondsThenAgain() {
        host.withRegistry("[" + entry("zeta", "1.0.0", "") + "]");

        host.registry.current();
        host.clock.advance(Duration.ofSeconds(59));
        host.registry.current();
        assertEquals(1, host.remote.fetches(REGISTRY_URL));

        host.clock.advance(Duration.ofSeconds(1));
        host.registry.current();
        assertEquals(2, host.remote.fetches(REGISTRY_URL));
    }

    @Test
    void aFailedFetchIsKeptAsLongSoADownRegistryIsNotAskedOnEveryListing() {
        host.withRegistry("[]");
        host.remote.takeDown(REGISTRY_URL);
        host.registry.forget();

        host.registry.current();
        MarketplaceListing again = host.registry.current();

        assertEquals(1, host.remote.fetches(REGISTRY_URL));
        assertTrue(again.warning().orElseThrow().contains("could not be reached"), again.warning().toString());
    }

    @Test
    void savingAUrlDropsTheKeptOutcomeEvenWhenItIsTheSameUrl() {
        host.withRegistry("[" + entry("zeta", "1.0.0", "") + "]");
        host.registry.current();
        host.remote.serve(REGISTRY_URL, "[" + entry("zeta", "1.1.0", "") + "]");

        host.hostSettings.update(JsonObject.EMPTY.with("pluginMarketplaceUrl", new JsonString(REGISTRY_URL)));

        assertEquals("1.1.0", host.registry.current().plugins().get(0).version().toString());
        assertEquals(2, host.remote.fetches(REGISTRY_URL));
    }

    @Test
    void clearingTheUrlGoesBackToTheSeedWithoutFetching() {
        host.withRegistry("[" + entry("zeta", "1.0.0", "") + "]");
        host.registry.current();

        host.hostSettings.update(JsonObject.EMPTY.with("pluginMarketplaceUrl", new JsonString("")));

        assertEquals(SEED, names(host.registry.current()));
        assertEquals(1, host.remote.fetches(REGISTRY_URL));
    }

    @Test
    void parallelListingsWaitForOneFetchInsteadOfEachFetching() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger fetches = new AtomicInteger();
        RemoteMarketplace slow = new DelegatingRemote(host.remote) {
            @Override
            public JsonValue registry(String url) {
                fetches.incrementAndGet();
                fetching.countDown();
                await(release);
                return super.registry(url);
            }
        };
        host.withRegistry("[" + entry("zeta", "1.0.0", "") + "]");
        MarketplaceRegistry registry = new MarketplaceRegistry(host.settings, slow, host.bundled, host.clock);
        ExecutorService callers = Executors.newFixedThreadPool(6, task -> new Thread(task, CALLER + "-" + task.hashCode()));
        try {
            List<Future<MarketplaceListing>> listings = new ArrayList<>();
            listings.add(callers.submit(registry::current));
            await(fetching);
            for (int i = 0; i < 5; i++) {
                listings.add(callers.submit(registry::current));
            }
            waitUntilBlocked(callers, 5);
            release.countDown();

            for (Future<MarketplaceListing> listing : listings) {
                assertEquals(List.of("zeta"), names(listing.get(10, TimeUnit.SECONDS)));
            }
            assertEquals(1, fetches.get());
        } finally {
            callers.shutdownNow();
        }
    }

    /** Waits, with a deadline, until {@code count} threads of the pool wait for the fetch in progress. */
    private static void waitUntilBlocked(ExecutorService pool, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(CALLER))
                .filter(thread -> thread.getState() == Thread.State.BLOCKED).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the listings did not wait for the fetch in progress");
            }
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /** Passes every call to another implementation; a test overrides the calls it watches. */
    private static class DelegatingRemote implements RemoteMarketplace {

        private final RemoteMarketplace delegate;

        DelegatingRemote(RemoteMarketplace delegate) {
            this.delegate = delegate;
        }

        @Override
        public void requireAllowed(String url) {
            delegate.requireAllowed(url);
        }

        @Override
        public JsonValue registry(String url) {
            return delegate.registry(url);
        }

        @Override
        public byte[] archive(String url, long maxBytes) {
            return delegate.archive(url, maxBytes);
        }
    }

    private static List<String> names(MarketplaceListing listing) {
        return listing.plugins().stream().map(MarketplaceEntry::name).map(Object::toString).toList();
    }
}
