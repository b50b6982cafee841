package dev.plugbay.domain.manifest;

import dev.plugbay.domain.user.Username;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a manifest document comes from, which decides two of its fields: who the author is
 * (the caller's token, the existing plugin, or the document itself for registry entries) and
 * what a missing {@code version} means.
 */
public record ManifestOrigin(
        Optional<Username> imposedAuthor,
        Optional<String> imposedAvatar,
        Optional<SemanticVersion> versionWhenAbsent) {

    public static final SemanticVersion FIRST_VERSION = SemanticVersion.parse("1.0.0");

    public ManifestOrigin {
        Objects.requireNonNull(imposedAuthor, "imposedAuthor");
        Objects.requireNonNull(imposedAvatar, "imposedAvatar");
        Objects.requireNonNull(versionWhenAbsent, "versionWhenAbsent");
    }

    /** A new plugin authored in Plugbay: the author is the caller, the version defaults to 1.0.0. */
    public static ManifestOrigin creation(Username caller, Optional<String> avatar) {
        return new ManifestOrigin(Optional.of(caller), avatar, Optional.of(FIRST_VERSION));
    }

    /** A new release of an existing plugin: the author stays, the version must be given. */
    public static ManifestOrigin newRelease(Username author, Optional<String> avatar) {
        return new ManifestOrigin(Optional.of(author), avatar, Optional.empty());
    }

    /** A registry or stored document that names its own author and version. */
    public static ManifestOrigin document() {
        return new ManifestOrigin(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
