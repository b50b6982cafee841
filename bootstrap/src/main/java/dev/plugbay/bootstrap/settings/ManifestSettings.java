package dev.plugbay.bootstrap.settings;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.plugin.Slot;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.version.SemanticVersion;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Optional;

/**
 * {@code plugbay.slots} (the slots UI plugins may render in; the domain's six when unset) and
 * {@code plugbay.host-version} (what manifests' {@code requires.host} ranges are checked against;
 * unchecked when unset). A slot name or version the domain would refuse stops the start with a
 * message naming the property, the value and the rule.
 */
@ConfigurationProperties("plugbay")
public record ManifestSettings(@Nullable List<String> slots, @Nullable String hostVersion) {

    public ManifestSettings {
        slots = slots == null ? null : List.copyOf(slots);
        slotCatalog(slots);
        hostVersion(hostVersion);
    }

    public SlotCatalog slotCatalog() {
        return slotCatalog(slots);
    }

    public Optional<SemanticVersion> parsedHostVersion() {
        return hostVersion(hostVersion);
    }

    private static SlotCatalog slotCatalog(@Nullable List<String> names) {
        if (names == null) {
            return SlotCatalog.DEFAULT;
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("plugbay.slots = '': must name at least one slot");
        }
        for (String name : names) {
            if (!Slot.isWellFormed(name)) {
                throw new IllegalArgumentException("plugbay.slots = '" + name + "': a slot name must start with a lower-case "
                        + "letter and hold at most 64 of [a-z0-9_]");
            }
        }
        return SlotCatalog.of(names);
    }

    private static Optional<SemanticVersion> hostVersion(@Nullable String text) {
        try {
            return Optional.ofNullable(text).map(SemanticVersion::parse);
        } catch (DomainException refused) {
            throw new IllegalArgumentException("plugbay.host-version = '" + text + "': must be a semantic version "
                    + "MAJOR.MINOR.PATCH (" + refused.getMessage() + ")", refused);
        }
    }
}
