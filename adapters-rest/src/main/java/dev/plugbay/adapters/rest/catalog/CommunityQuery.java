package dev.plugbay.adapters.rest.catalog;

import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.catalog.InstalledPlugins;
import dev.plugbay.domain.catalog.PluginKind;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.json.WireNamed;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.plugin.Tag;
import dev.plugbay.domain.user.Caller;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of {@code GET /community} as given, checked into a {@link CatalogQuery};
 * also writes the links to neighbouring pages with the same parameters.
 */
record CommunityQuery(String q, String slot, String tag, String sort, String page, String size, String installed,
        String kind) {

    static final String PATH = "/api/v1/plugins/community";
    private static final List<String> NAMES = List.of("q", "slot", "tag", "sort", "page", "size", "installed", "kind");

    /**
     * The query of decoded query-string parameters when each of its parameters is given at most once
     * and not empty (other parameters are ignored, as the framework's binding ignores them); empty
     * for any other, whose meaning is left to the framework's binding.
     */
    static Optional<CommunityQuery> ofPlainParameters(Map<String, List<String>> parameters) {
        String[] values = new String[NAMES.size()];
        for (int i = 0; i < values.length; i++) {
            List<String> given = parameters.get(NAMES.get(i));
            if (given != null) {
                if (given.size() != 1 || given.get(0).isEmpty()) {
                    return Optional.empty();
                }
                values[i] = given.get(0);
            }
        }
        return Optional.of(new CommunityQuery(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                values[7]));
    }

    /**
     * @param unpagedLimit the page size of a request that names neither {@code page} nor {@code size}
     *                     (the Invenicum client, which does not page): every match up to this many
     */
    CatalogQuery toCatalogQuery(Caller viewer, SlotCatalog slots, int unpagedLimit) {
        return new CatalogQuery(viewer.username(),
                Optional.ofNullable(q),
                present(slot).map(slots::require),
                present(tag).map(Tag::new),
                present(sort).map(CommunityQuery::sortNamed).orElse(CatalogSort.DOWNLOADS),
                present(page).map(value -> number("page", value)).orElse(1),
                unpaged() ? unpagedLimit : present(size).map(CommunityQuery::givenSize).orElse(CatalogQuery.DEFAULT_SIZE),
                viewer.author(),
                present(installed).map(CommunityQuery::installedNamed).orElse(InstalledPlugins.EXCLUDE),
                present(kind).map(CommunityQuery::kindNamed).orElse(PluginKind.UI));
    }

    /** Whether the request names neither a page nor a size. */
    boolean unpaged() {
        return present(page).isEmpty() && present(size).isEmpty();
    }

    /**
     * The same query on another page, as a path with its query string (values percent-encoded); an
     * unpaged request's links name the size its page had, so that they page the same way.
     */
    String pageLink(int otherPage, int pageSize) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("q", q);
        given.put("slot", slot);
        given.put("tag", tag);
        given.put("sort", sort);
        given.put("installed", installed);
        given.put("kind", kind);
        given.put("size", unpaged() ? Integer.toString(pageSize) : size);
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

    private static InstalledPlugins installedNamed(String name) {
        return InstalledPlugins.fromWireName(name).orElseThrow(() -> new InvalidRequestException("installed must be one of "
                + WireNamed.wireNames(InstalledPlugins.class)));
    }

    private static PluginKind kindNamed(String name) {
        return PluginKind.fromWireName(name).orElseThrow(() -> new InvalidRequestException("kind must be one of "
                + WireNamed.wireNames(PluginKind.class)));
    }

    private static int givenSize(String value) {
        int given = number("size", value);
        if (given < 1 || given > CatalogQuery.MAX_SIZE) {
            throw new InvalidRequestException("size must be between 1 and " + CatalogQuery.MAX_SIZE);
        }
        return given;
    }

    private static int number(String name, String value) {
        if (value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidRequestException(name + " must be a whole number");
        }
        return Integer.parseInt(value);
    }
}
