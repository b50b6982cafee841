/** The release ledger in the database: every version ever published per plugin id, kept after a deletion. */
package dev.plugbay.adapters.persistence.ledger;
