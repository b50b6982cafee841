package dev.plugbay.domain.catalog;

import dev.plugbay.domain.json.WireNamed;
import java.util.Optional;

/** The orders a catalog page can be listed in. */
public enum CatalogSort implements WireNamed {
    /** Most downloaded first, then by id. */
    DOWNLOADS("downloads"),
    /** By display name, case-insensitively, then by id. */
    NAME("name"),
    /** Most recently changed first, then by id. */
    UPDATED("updated");

    private final String wireName;

    CatalogSort(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<CatalogSort> fromWireName(String name) {
        return WireNamed.fromWireName(CatalogSort.class, name);
    }
}
