package dev.plugbay.adapters.persistence.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The host settings rows, one per host id, which HostRowsClaim creates and nothing deletes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface HostSettingsRepository extends GenericRepository<HostSettingsRow, String> {

    Optional<HostSettingsRow> findById(String hostId);

    @Query("UPDATE host_settings SET plugin_marketplace_url = :url WHERE host_id = :hostId")
    int updatePluginMarketplaceUrl(String hostId, @Nullable String url);
}
