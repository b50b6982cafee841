package dev.plugbay.adapters.persistence.host;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Host plugin rows, each of one host (its {@code host_id}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface HostPluginRepository extends GenericRepository<HostPluginRow, String> {

    @Query("SELECT * FROM host_plugin WHERE host_id = :hostId AND name = :name")
    Optional<HostPluginRow> find(String hostId, String name);

    @Query("SELECT * FROM host_plugin WHERE host_id = :hostId ORDER BY name")
    List<HostPluginRow> listByName(String hostId);

    HostPluginRow save(HostPluginRow row);

    @Query("""
            UPDATE host_plugin SET id = :id, version = :version, manifest = :manifest, source = :source, state = :state,
                   error_message = :errorMessage, config = :config, integrity = :integrity, installed_at = :installedAt,
                   updated_at = :updatedAt, activated_at = :activatedAt
             WHERE host_id = :hostId AND name = :name""")
    int updateRow(String hostId, String name, String id, String version, String manifest, String source, String state,
            @Nullable String errorMessage, String config, @Nullable String integrity, Instant installedAt,
            Instant updatedAt, @Nullable Instant activatedAt);

    @Query("DELETE FROM host_plugin WHERE host_id = :hostId AND name = :name")
    int delete(String hostId, String name);
}
