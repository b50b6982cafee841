package dev.plugbay.application.port.in.catalog;

import java.util.List;

/** One page of catalog entries, with the total across all pages and the page's position. */
public record CatalogPage(List<CatalogEntry> entries, long total, int page, int size) {

    public CatalogPage {
        entries = List.copyOf(entries);
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
