package dev.plugbay.adapters.persistence.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The host settings row, which the migration creates and nothing deletes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface HostSettingsRepository extends GenericRepository<HostSettingsRow, Integer> {

    Optional<HostSettingsRow> findById(int id);

    @Query("UPDATE host_settings SET plugin_marketplace_url = :url WHERE id = 1")
    int updatePluginMarketplaceUrl(@Nullable String url);
}
