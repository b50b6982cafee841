package dev.plugbay.application.port.in.catalog;

import dev.plugbay.domain.catalog.CatalogQuery;
import java.util.OptionalLong;

/** List the community catalog: public plugins plus the caller's own private ones. */
public interface BrowseCatalogUseCase {

    CatalogPage browse(CatalogQuery query);

    /**
     * The catalog's revision now: equal revisions give equal pages for equal queries, so a page
     * read after this call may be kept under it until the revision moves on.
     */
    long revision();

    /** {@link #revision()} when knowing it waits on nothing (no database round trip), else empty. */
    OptionalLong revisionWithoutWaiting();
}
