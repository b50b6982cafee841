package dev.plugbay.bootstrap;

import dev.plugbay.adapters.host.HomeSettings;
import dev.plugbay.adapters.persistence.host.HostId;
import dev.plugbay.bootstrap.settings.HostIdSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** This instance's host id, for the persistence adapter's host rows: {@code plugbay.host.id}, else the one kept in the home. */
@Factory
final class HostIdWiring {

    @Singleton
    HostId hostId(HostIdSettings settings, HomeSettings home) {
        return settings.configured().orElseGet(() -> HostIdFile.readOrCreate(home.path()));
    }
}
