package dev.plugbay.adapters.github.registry;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;

/**
 * The {@code plugbay.github} settings: the REST API (the only host the token is sent to), raw
 * content, and the token used for writes. {@link GitHubSettings} checks the URLs when Plugbay starts.
 */
@ConfigurationProperties("plugbay.github")
public record GitHubEndpoints(
        @Bindable(defaultValue = "https://api.github.com") URI apiUrl,
        @Bindable(defaultValue = "https://raw.githubusercontent.com") URI rawUrl,
        @Nullable String token) {
}
