package dev.plugbay.bootstrap.health;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * The {@code plugbay.readiness} settings.
 *
 * @param maxSyncAge when set and a registry is configured, {@code /health/readiness} is DOWN once the last
 *                   successful registry sync (or the start, before the first one) is older than this
 */
@ConfigurationProperties("plugbay.readiness")
public record ReadinessSettings(@Nullable Duration maxSyncAge) {

    public ReadinessSettings {
        if (maxSyncAge != null && (maxSyncAge.isNegative() || maxSyncAge.isZero())) {
            throw new IllegalArgumentException("plugbay.readiness.max-sync-age must be a positive duration, not " + maxSyncAge);
        }
    }
}
