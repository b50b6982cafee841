package dev.plugbay.adapters.rest.catalog;

import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.json.WireNamed;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.plugin.Tag;
import dev.plugbay.domain.user.Caller;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of {@code GET /community} as given, checked into a {@link CatalogQuery};
 * also writes the links to neighbouring pages with the same parameters.
 */
record CommunityQuery(String q, String slot, String tag, String sort, String page, String size) {

    static final String PATH = "/api/v1/plugins/community";

    CatalogQuery toCatalogQuery(Caller viewer, SlotCatalog slots) {
        return new CatalogQuery(viewer.username(),
                Optional.ofNullable(q),
                present(slot).map(slots::require),
                present(tag).map(Tag::new),
                present(sort).map(CommunityQuery::sortNamed).orElse(CatalogSort.DOWNLOADS),
                present(page).map(value -> number("page", value)).orElse(1),
                present(size).map(value -> number("size", value)).orElse(CatalogQuery.DEFAULT_SIZE),
                viewer.author());
    }

    /** The same query on another page, as a path with its query string (values percent-encoded). */
    String pageLink(int otherPage) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("q", q);
        given.put("slot", slot);
        given.put("tag", tag);
        given.put("sort", sort);
        given.put("size", size);
        StringBuilder link = new StringBuilder(PATH).append('?');
        given.forEach((name, value) -> {
            if (value != null) {
                link.append(name).append('=').append(encoded(value)).append('&');
            }
        });
        return link.append("page=").append(otherPage).toString();
    }

    /** Form encoding, except that a space is {@code %20}: a literal {@code +} in a query is ambiguous. */
    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isEmpty());
    }

    private static CatalogSort sortNamed(String name) {
        return CatalogSort.fromWireName(name).orElseThrow(() -> new InvalidRequestException("sort must be one of "
                + WireNamed.wireNames(CatalogSort.class)));
    }

    private static int number(String name, String value) {
        if (value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidRequestException(name + " must be a whole number");
        }
        return Integer.parseInt(value);
    }
}
