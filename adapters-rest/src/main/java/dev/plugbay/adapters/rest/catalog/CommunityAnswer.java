package dev.plugbay.adapters.rest.catalog;

import dev.plugbay.adapters.rest.catalog.CommunityPages.CommunityPage;
import dev.plugbay.application.port.in.catalog.CatalogPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /community} answers for a rendered page, whichever way the request came in: 304
 * when {@code If-None-Match} names the page's tag, otherwise the page's JSON; either way its entity
 * tag, its caching rules, the total and the links to the neighbouring pages.
 */
record CommunityAnswer(boolean notModified, byte[] body, Map<String, String> headers) {

    static final String TOTAL_COUNT = "X-Total-Count";

    static CommunityAnswer of(CommunityQuery query, CommunityPage rendered, @Nullable String ifNoneMatch) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.ETAG, rendered.entityTag());
        headers.put(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        headers.put(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        headers.put(TOTAL_COUNT, Long.toString(rendered.page().total()));
        String links = links(query, rendered.page());
        if (!links.isEmpty()) {
            headers.put(HttpHeaders.LINK, links);
        }
        return new CommunityAnswer(EntityTag.matches(ifNoneMatch, rendered.entityTag()), rendered.body(), headers);
    }

    private static String links(CommunityQuery query, CatalogPage page) {
        List<String> links = new ArrayList<>(2);
        if (page.hasNext()) {
            links.add("<" + query.pageLink(page.page() + 1, page.size()) + ">; rel=\"next\"");
        }
        if (page.hasPrevious()) {
            links.add("<" + query.pageLink(page.page() - 1, page.size()) + ">; rel=\"prev\"");
        }
        return String.join(", ", links);
    }
}
