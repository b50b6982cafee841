package dev.plugbay.adapters.persistence.host;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The host id of the adapter started by these tests, which bootstrap wires in the service: the
 * property {@code plugbay.host.id}, {@code test-host} when unset. Two contexts given different
 * ids on one database are two hosts sharing it. Secondary: bootstrap's tests have these classes on
 * their class path too, and there the service's own host id wins.
 */
@Factory
final class TestHostIds {

    @Singleton
    @Secondary
    HostId hostId(@Value("${plugbay.host.id:test-host}") String value) {
        return HostId.parse(value, "plugbay.host.id");
    }
}
