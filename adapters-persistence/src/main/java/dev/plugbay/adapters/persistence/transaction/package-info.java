/** Transactions over the data source: the {@code UnitOfWork} adapter, connection work that joins them, and SQL failures told apart. */
package dev.plugbay.adapters.persistence.transaction;
