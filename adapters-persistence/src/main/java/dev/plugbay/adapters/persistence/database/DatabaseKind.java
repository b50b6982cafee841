package dev.plugbay.adapters.persistence.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The database a data source leads to: its product, told by the driver's product name, and its
 * URL, which tells whether it is an H2 database embedded in this JVM. A data source always leads to
 * the same database, so one answer serves every connection it gives.
 */
public record DatabaseKind(Product product, String url) {

    /** The databases Plugbay runs on. */
    public enum Product {
        H2, POSTGRESQL
    }

    public static DatabaseKind of(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        return new DatabaseKind(productNamed(metaData.getDatabaseProductName()), metaData.getURL());
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
     * server's ({@code tcp:}, {@code ssl:}) and not one that lets other processes in ({@code AUTO_SERVER=TRUE}).
     */
    public boolean isEmbeddedInThisJvm() {
        String upper = url.toUpperCase(Locale.ROOT);
        return isH2() && !upper.startsWith("JDBC:H2:TCP:") && !upper.startsWith("JDBC:H2:SSL:")
                && !upper.replace(" ", "").contains("AUTO_SERVER=TRUE");
    }
}
