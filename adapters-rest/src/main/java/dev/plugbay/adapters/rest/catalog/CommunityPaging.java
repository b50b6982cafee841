package dev.plugbay.adapters.rest.catalog;

import dev.plugbay.domain.catalog.CatalogQuery;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code plugbay.catalog.unpaged-limit}: how many matches a {@code /community} request that names
 * neither {@code page} nor {@code size} answers in its one page (the Invenicum client does not
 * page). A value outside 1 to {@value CatalogQuery#MAX_UNPAGED_SIZE} stops the start with a message
 * naming the setting.
 */
@Context
@ConfigurationProperties("plugbay.catalog")
public record CommunityPaging(@Bindable(defaultValue = "1000") int unpagedLimit) {

    public CommunityPaging {
        if (unpagedLimit < 1 || unpagedLimit > CatalogQuery.MAX_UNPAGED_SIZE) {
            throw new IllegalArgumentException("plugbay.catalog.unpaged-limit must be between 1 and "
                    + CatalogQuery.MAX_UNPAGED_SIZE + ", not " + unpagedLimit);
        }
    }
}
