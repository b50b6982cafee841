/** Users' installations in the database, the JDBC adapter of the {@code Installations} port. */
package dev.plugbay.adapters.persistence.installation;
