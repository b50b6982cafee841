package dev.plugbay.adapters.persistence.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The settings of the host {@code hostId}, one row per host. */
@MappedEntity("host_settings")
record HostSettingsRow(@Id String hostId, @Nullable String pluginMarketplaceUrl) {
}
