package dev.plugbay.adapters.rest.catalog;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * The {@code plugbay.rest} settings, checked when Plugbay starts: the memory kept for rendered
 * {@code /community} pages, in bytes or units ({@code 32MB}); {@code 0} keeps none, a negative size
 * stops the start.
 */
@Context
@ConfigurationProperties("plugbay.rest")
public record RestSettings(@Bindable(defaultValue = "32MB") @ReadableBytes long pageCacheBytes) {

    public RestSettings {
        if (pageCacheBytes < 0) {
            throw new IllegalArgumentException("plugbay.rest.page-cache-bytes = '" + pageCacheBytes + "': must be 0 or more");
        }
    }
}
