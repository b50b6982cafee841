package dev.plugbay.domain.catalog;

import java.util.List;

/** One page of results and the total number of results across all pages. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("the total cannot be smaller than the page");
        }
    }
}
