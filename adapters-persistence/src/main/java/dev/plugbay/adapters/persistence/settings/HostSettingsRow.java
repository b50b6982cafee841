package dev.plugbay.adapters.persistence.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one row of the host's settings; {@code id} is always {@link #ID}. */
@MappedEntity("host_settings")
record HostSettingsRow(@Id int id, @Nullable String pluginMarketplaceUrl) {

    static final int ID = 1;
}
