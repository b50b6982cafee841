/** The catalog in the database: plugin and release rows, the JDBC adapter of the catalog ports, and parsed releases kept in memory. */
package dev.plugbay.adapters.persistence.catalog;
