package dev.plugbay.adapters.persistence.schema;

import dev.plugbay.adapters.persistence.database.DatabaseKind;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Fills the migrations' {@code ${text_key}} placeholder for the database in use. On PostgreSQL it
 * is {@code COLLATE "C"}: ids, name keys and search terms then sort by code point (as on H2 and in
 * Java) whatever locale the database was created with, and {@code LIKE 'prefix%'} can use their
 * btree indexes. H2 compares by code unit already and knows no column collation, so it is empty.
 */
@Singleton
@Named("default")
public class TextOrderPlaceholder implements FlywayConfigurationCustomizer {

    static final String PLACEHOLDER = "text_key";

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put(PLACEHOLDER, isPostgres(configuration.getDataSource()) ? " COLLATE \"C\"" : "");
        configuration.placeholders(placeholders);
    }

    @Override
    public String getName() {
        return "default";
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseKind.productOf(connection) == DatabaseKind.Product.POSTGRESQL;
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot reach the database to prepare its schema", failure);
        }
    }
}
