package dev.plugbay.adapters.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Optional;

/**
 * Which token claims name the caller ({@code plugbay.identity}): the subject, who owns
 * installations ({@code subject-claim}, default {@code sub}, a JSON string or whole number), and
 * the author name ({@code author-claim}, no default: without it the author name comes from the
 * user profile service when one is configured, else it is the subject). A blank claim name stops
 * the start with a message naming the setting.
 */
@Context
@ConfigurationProperties("plugbay.identity")
public record IdentitySettings(
        @Bindable(defaultValue = "sub") String subjectClaim,
        @Nullable String authorClaim) {

    public IdentitySettings {
        if (subjectClaim == null || subjectClaim.isBlank()) {
            throw new IllegalArgumentException("plugbay.identity.subject-claim must name a claim");
        }
        if (authorClaim != null && authorClaim.isBlank()) {
            throw new IllegalArgumentException("plugbay.identity.author-claim must name a claim when it is set");
        }
    }

    public Optional<String> author() {
        return Optional.ofNullable(authorClaim);
    }
}
