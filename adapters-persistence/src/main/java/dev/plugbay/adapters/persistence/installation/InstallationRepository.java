package dev.plugbay.adapters.persistence.installation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Installation rows. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InstallationRepository extends GenericRepository<InstallationRow, InstallationKey> {

    Optional<InstallationRow> findById(InstallationKey key);

    @Query("SELECT * FROM installation WHERE owner_key = :ownerKey ORDER BY installed_at DESC, plugin_id")
    List<InstallationRow> listByOwner(String ownerKey);

    InstallationRow save(InstallationRow row);

    @Query("""
            UPDATE installation SET owner = :owner, installed_version = :installedVersion, state = :state,
                   error_message = :errorMessage, config = :config, updated_at = :updatedAt
             WHERE owner_key = :ownerKey AND plugin_id = :pluginId""")
    int updateState(String ownerKey, String pluginId, String owner, String installedVersion, String state,
            @Nullable String errorMessage, String config, Instant updatedAt);

    int deleteById(InstallationKey key);

    @Query("DELETE FROM installation WHERE plugin_id = :pluginId")
    int deleteByPlugin(String pluginId);
}
