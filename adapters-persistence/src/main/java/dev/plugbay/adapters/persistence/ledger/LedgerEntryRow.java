package dev.plugbay.adapters.persistence.ledger;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A version once published under a plugin id. */
@MappedEntity("release_ledger")
record LedgerEntryRow(@EmbeddedId LedgerKey key) {
}
