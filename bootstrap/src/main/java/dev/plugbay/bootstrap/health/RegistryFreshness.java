package dev.plugbay.bootstrap.health;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** When the registry mirror was last known fresh: its last successful sync, or this instance's start before any. */
@Singleton
public class RegistryFreshness {

    private final Clock clock;
    private final AtomicReference<Instant> freshAt;

    public RegistryFreshness(Clock clock) {
        this.clock = clock;
        this.freshAt = new AtomicReference<>(clock.instant());
    }

    public void synced() {
        freshAt.set(clock.instant());
    }

    public Duration age() {
        return Duration.between(freshAt.get(), clock.instant());
    }
}
