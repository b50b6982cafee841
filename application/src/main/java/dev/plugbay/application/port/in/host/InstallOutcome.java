package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.version.SemanticVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A local install or upgrade that succeeded, with its warnings; {@code upgradedFrom} names the replaced version. */
public record InstallOutcome(HostPluginView plugin, List<String> warnings, Optional<SemanticVersion> upgradedFrom) {

    public InstallOutcome {
        Objects.requireNonNull(plugin, "plugin");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(upgradedFrom, "upgradedFrom");
    }
}
