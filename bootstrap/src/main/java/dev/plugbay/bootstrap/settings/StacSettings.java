package dev.plugbay.bootstrap.settings;

import dev.plugbay.domain.stac.StacVocabulary;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/** {@code plugbay.stac.extra-widgets} and {@code extra-actions}: types accepted beyond Stac's built-ins. */
@ConfigurationProperties("plugbay.stac")
public record StacSettings(@Nullable Set<String> extraWidgets, @Nullable Set<String> extraActions) {

    public StacSettings {
        extraWidgets = extraWidgets == null ? Set.of() : Set.copyOf(extraWidgets);
        extraActions = extraActions == null ? Set.of() : Set.copyOf(extraActions);
    }

    public StacVocabulary vocabulary() {
        return StacVocabulary.DEFAULT.withExtras(extraWidgets, extraActions);
    }
}
