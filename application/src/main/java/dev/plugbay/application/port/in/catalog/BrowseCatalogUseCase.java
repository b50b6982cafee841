package dev.plugbay.application.port.in.catalog;

import dev.plugbay.domain.catalog.CatalogQuery;

/** List the community catalog: public plugins plus the caller's own private ones. */
public interface BrowseCatalogUseCase {

    CatalogPage browse(CatalogQuery query);
}
