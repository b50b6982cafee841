package dev.plugbay.bootstrap.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code plugbay.catalog.seed}: load the built-in example plugins into an empty catalog, once. */
@ConfigurationProperties("plugbay.catalog")
public record SeedSettings(@Bindable(defaultValue = "true") boolean seed) {
}
