package dev.plugbay.bootstrap.settings;

import dev.plugbay.adapters.persistence.host.HostId;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/**
 * {@code plugbay.host.id}: the id of the host this instance is, which keys its host plugins,
 * settings, executions and metrics in the database (docs/persistence.md). When unset, the one
 * generated in {@code <plugbay.home>/host-id} is used. A value that is not a host id stops the start.
 */
@ConfigurationProperties("plugbay.host")
public record HostIdSettings(@Nullable String id) {

    public static final String PROPERTY = "plugbay.host.id";

    public HostIdSettings {
        if (id != null) {
            HostId.parse(id, PROPERTY);
        }
    }

    /** The configured host id, if any. */
    public Optional<HostId> configured() {
        return Optional.ofNullable(id).map(HostId::new);
    }
}
