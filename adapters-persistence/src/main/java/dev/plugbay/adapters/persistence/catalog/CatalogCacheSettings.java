package dev.plugbay.adapters.persistence.catalog;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The {@code plugbay.catalog} cache sizes, checked when Plugbay starts: parsed release manifests
 * kept in memory, and search results kept per catalog revision ({@code 0} keeps none). A negative
 * size stops the start with a message naming the property.
 */
@Context
@ConfigurationProperties("plugbay.catalog")
public record CatalogCacheSettings(
        @Bindable(defaultValue = "20000") long releaseCacheSize,
        @Bindable(defaultValue = "1000") long searchCacheSize) {

    public CatalogCacheSettings {
        requireNotNegative("release-cache-size", releaseCacheSize);
        requireNotNegative("search-cache-size", searchCacheSize);
    }

    private static void requireNotNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("plugbay.catalog." + name + " = '" + value + "': must be 0 or more");
        }
    }
}
