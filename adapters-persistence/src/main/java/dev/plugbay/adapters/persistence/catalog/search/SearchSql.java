package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.domain.catalog.CatalogQuery;
import java.util.List;

/**
 * The SQL text every search plan shares: the viewer's visibility, the facet filters and the page
 * order of a query, on a row of {@code plugin} or {@code search_term} under the alias given.
 */
final class SearchSql {

    private SearchSql() {
    }

    /** Visibility for the viewer's author name, and the tag and slot filters, on a row aliased {@code alias}. */
    static String filters(CatalogQuery query, String alias, String id, List<Object> parameters) {
        if (query.author().isEmpty()) {
            return " " + alias + ".listed_public" + facetFilters(query, alias, id, parameters);
        }
        parameters.add(query.author().get().canonical());
        return " (" + alias + ".listed_public OR " + alias + ".author_key = ?)" + facetFilters(query, alias, id, parameters);
    }

    /**
     * The tag, slot and kind filters and the viewer's installations left out, each starting with
     * {@code AND}, on a row aliased {@code alias} whose plugin id is {@code id}. An installation is
     * left out by a probe of its primary key {@code (owner_key, plugin_id)}.
     */
    static String facetFilters(CatalogQuery query, String alias, String id, List<Object> parameters) {
        StringBuilder filters = new StringBuilder();
        if (query.excludesInstalled()) {
            filters.append(" AND NOT EXISTS (SELECT 1 FROM installation i WHERE i.owner_key = ? AND i.plugin_id = ")
                    .append(id).append(")");
            parameters.add(query.viewer().canonical());
        }
        query.tag().ifPresent(tag -> {
            filters.append(" AND EXISTS (SELECT 1 FROM plugin_tag t WHERE t.plugin_id = ").append(id)
                    .append(" AND t.tag = ?)");
            parameters.add(tag.value());
        });
        query.slot().ifPresent(slot -> {
            filters.append(" AND ").append(alias).append(".slot = ?");
            parameters.add(slot.name());
        });
        switch (query.kind()) {
            case UI -> filters.append(" AND ").append(alias).append(".listed_ui");
            case CODE -> filters.append(" AND NOT ").append(alias).append(".listed_ui");
            case ALL -> { }
        }
        return filters.toString();
    }

    static String sortKeyOf(CatalogQuery query) {
        return switch (query.sort()) {
            case DOWNLOADS -> "download_count";
            case NAME -> "name_key";
            case UPDATED -> "updated_at";
        };
    }

    /** The SQL order of a page: the sort key (column {@code key}), then the id. */
    static String orderOf(CatalogQuery query, String key, String id) {
        return switch (query.sort()) {
            case DOWNLOADS, UPDATED -> key + " DESC, " + id;
            case NAME -> key + ", " + id;
        };
    }
}
