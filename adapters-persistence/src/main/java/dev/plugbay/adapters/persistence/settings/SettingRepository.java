package dev.plugbay.adapters.persistence.settings;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Settings rows. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SettingRepository extends GenericRepository<SettingRow, String> {

    /** 1 when the setting was absent and is now stored, 0 when it was already there (never an error). */
    @Query("INSERT INTO setting (name, text_value) VALUES (:name, :textValue) ON CONFLICT DO NOTHING")
    int insertIfAbsent(String name, String textValue);
}
