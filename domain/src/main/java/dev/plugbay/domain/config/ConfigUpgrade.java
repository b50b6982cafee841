package dev.plugbay.domain.config;

import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.error.Violation;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of moving config values to a new schema: what was kept and, for each dropped key, why
 * (bounded as {@link MessageBounds#violations} bounds a failure's violations).
 */
public record ConfigUpgrade(ConfigValues kept, List<Violation> dropped) {

    public ConfigUpgrade {
        Objects.requireNonNull(kept, "kept");
        dropped = MessageBounds.violations(dropped);
    }
}
