package dev.plugbay.adapters.persistence.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The database a data source leads to: its product, told by the driver's product name; its URL as
 * the driver reports it, which names the database; and its URL as the pool was configured with it,
 * whose settings tell whether other processes may open an H2 database too (H2 reports its URL
 * without them: {@code AUTO_SERVER=TRUE} is dropped). A data source always leads to the same
 * database, so one answer serves every connection it gives.
 */
public record DatabaseKind(Product product, String url, String configuredUrl) {

    /** The databases Plugbay runs on. */
    public enum Product {
        H2, POSTGRESQL
    }

    /**
     * The database of a connection from {@code dataSource}; the configured URL is its Hikari pool's,
     * or the driver's for any other pool.
     */
    public static DatabaseKind of(Connection connection, DataSource dataSource) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String configuredUrl = dataSource.isWrapperFor(HikariDataSource.class)
                ? dataSource.unwrap(HikariDataSource.class).getJdbcUrl()
                : metaData.getURL();
        return new DatabaseKind(productNamed(metaData.getDatabaseProductName()), metaData.getURL(), configuredUrl);
    }

    /** The product alone, for what holds a connection but not its data source (a Flyway callback). */
    public static Product productOf(Connection connection) throws SQLException {
        return productNamed(connection.getMetaData().getDatabaseProductName());
    }

    static Product productNamed(String productName) {
        return switch (productName) {
            case "H2" -> Product.H2;
            case "PostgreSQL" -> Product.POSTGRESQL;
            default -> throw new IllegalStateException("Plugbay runs on H2 or PostgreSQL, not on " + productName);
        };
    }

    public boolean isH2() {
        return product == Product.H2;
    }

    public boolean isPostgres() {
        return product == Product.POSTGRESQL;
    }

    /**
     * An H2 database that only this JVM can open while it holds it: a file or memory URL, not a
     * server's ({@code tcp:}, {@code ssl:}) and not one configured to let other processes in
     * ({@code AUTO_SERVER=TRUE}).
     */
    public boolean isEmbeddedInThisJvm() {
        String upper = configuredUrl.toUpperCase(Locale.ROOT);
        return isH2() && !upper.startsWith("JDBC:H2:TCP:") && !upper.startsWith("JDBC:H2:SSL:")
                && !upper.replace(" ", "").contains("AUTO_SERVER=TRUE");
    }
}
