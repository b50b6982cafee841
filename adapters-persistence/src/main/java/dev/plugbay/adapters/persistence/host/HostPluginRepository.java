package dev.plugbay.adapters.persistence.host;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Host plugin rows. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface HostPluginRepository extends GenericRepository<HostPluginRow, String> {

    Optional<HostPluginRow> findById(String name);

    @Query("SELECT * FROM host_plugin ORDER BY name")
    List<HostPluginRow> listByName();

    HostPluginRow save(HostPluginRow row);

    @Query("""
            UPDATE host_plugin SET id = :id, version = :version, manifest = :manifest, source = :source, state = :state,
                   error_message = :errorMessage, config = :config, integrity = :integrity, installed_at = :installedAt,
                   updated_at = :updatedAt, activated_at = :activatedAt
             WHERE name = :name""")
    int updateRow(String name, String id, String version, String manifest, String source, String state,
            @Nullable String errorMessage, String config, @Nullable String integrity, Instant installedAt,
            Instant updatedAt, @Nullable Instant activatedAt);

    int deleteById(String name);
}
