package dev.plugbay.domain.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The orders a catalog page can be listed in. */
public enum CatalogSort {
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

    public String wireName() {
        return wireName;
    }

    public static Optional<CatalogSort> fromWireName(String name) {
        return Arrays.stream(values()).filter(sort -> sort.wireName.equals(name)).findFirst();
    }
}
