package dev.plugbay.application.port.in.authoring;

import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.registry.Proposal;
import java.util.List;
import java.util.Objects;

/** A created or updated plugin, what was proposed to the registry, and the manifest's warnings. */
public record AuthoringResult(Plugin plugin, Proposal proposal, List<Violation> warnings) {

    public AuthoringResult {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(proposal, "proposal");
        warnings = List.copyOf(warnings);
    }
}
