package dev.plugbay.bootstrap.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.in.registry.SyncRegistryUseCase;
import dev.plugbay.application.port.in.registry.SyncReport;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduled sync: started without delaying startup, repeated, surviving failures, absent without a registry. */
class RegistrySyncScheduleTest {

    static final AtomicInteger CALLS = new AtomicInteger();

    /** A home of its own: the default one is the machine's ~/.plugbay, whose database other builds migrate. */
    @TempDir
    Path home;
    static volatile CountDownLatch released = new CountDownLatch(0);
    static volatile CountDownLatch thirdCall = new CountDownLatch(3);
    /** Set when the first sync gave up waiting: startup could not finish while it ran. */
    static volatile boolean startupWaitedForSync;

    @Test
    void syncsAfterStartWithoutDelayingItAndKeepsSyncingAfterFailures() throws InterruptedException {
        CALLS.set(0);
        startupWaitedForSync = false;
        released = new CountDownLatch(1);
        thirdCall = new CountDownLatch(3);
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "spec.name", "RegistrySyncScheduleTest", "plugbay.home", home.toString(),
                "plugbay.registry.repository", "example-org/example-market",
                "plugbay.registry.initial-delay", "1ms",
                "plugbay.registry.sync-interval", "10ms"))) {
            released.countDown();

            assertTrue(thirdCall.await(30, TimeUnit.SECONDS), "a failed sync must not stop the schedule");
            assertEquals(false, startupWaitedForSync, "startup must not wait for the first sync");
            assertEquals(1, context.getBeansOfType(RegistrySyncSchedule.class).size());
        }
    }

    @Test
    void withoutARegistryThereIsNoSchedule() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "spec.name", "RegistrySyncScheduleTest", "plugbay.home", home.toString(),
                "plugbay.registry.repository", " "))) {
            assertEquals(List.of(), List.copyOf(context.getBeansOfType(RegistrySyncSchedule.class)));
        }
    }

    @Factory
    @Requires(property = "spec.name", value = "RegistrySyncScheduleTest")
    static class CountingSync {

        /** The first sync waits for the test, then the first two fail as GitHub and a bug would. */
        @Singleton
        @Primary
        SyncRegistryUseCase countingSync() {
            return () -> {
                int call = CALLS.incrementAndGet();
                thirdCall.countDown();
                if (call == 1) {
                    awaitRelease();
                    throw new UpstreamUnavailableException("GitHub is down");
                }
                if (call == 2) {
                    throw new IllegalStateException("a bug");
                }
                return new SyncReport(0, 0, 0, List.of());
            };
        }

        private static void awaitRelease() {
            try {
                startupWaitedForSync = !released.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
