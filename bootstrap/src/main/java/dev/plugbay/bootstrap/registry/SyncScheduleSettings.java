package dev.plugbay.bootstrap.registry;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * When the registry is mirrored: {@code plugbay.registry.initial-delay} after start (0 or more), then
 * every {@code plugbay.registry.sync-interval} (positive). A bad value stops the start.
 */
@ConfigurationProperties("plugbay.registry")
public record SyncScheduleSettings(
        @Bindable(defaultValue = "10m") Duration syncInterval,
        @Bindable(defaultValue = "1s") Duration initialDelay) {

    public SyncScheduleSettings {
        if (syncInterval.isNegative() || syncInterval.isZero()) {
            throw new IllegalArgumentException("plugbay.registry.sync-interval = '" + syncInterval
                    + "': must be a positive duration (such as 10m)");
        }
        if (initialDelay.isNegative()) {
            throw new IllegalArgumentException("plugbay.registry.initial-delay = '" + initialDelay
                    + "': must be a duration of 0 or more (such as 1s)");
        }
    }
}
