package dev.plugbay.domain.host.marketplace;

/** Where the entries of a marketplace listing come from (HOST.md {@code source}). */
public enum ListingSource {
    /** The built-in plugins that ship inside Plugbay. */
    SEED,
    /** The saved registry URL's document. */
    REMOTE
}
