package dev.plugbay.domain.host.marketplace;

import dev.plugbay.domain.error.IntegrityMismatchException;
import dev.plugbay.domain.error.InvalidPackageException;
import dev.plugbay.domain.integrity.ArchiveDigest;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.plugin.License;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.plugin.Tag;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One plugin a marketplace registry offers (HOST.md "Remote marketplace"). A bundled entry ships
 * inside Plugbay: its archive is read from the jar, so its {@code downloadUrl} is empty.
 *
 * @param rating 0 to 5
 */
public record MarketplaceEntry(
        PluginId name,
        SemanticVersion version,
        String description,
        String author,
        License license,
        List<Tag> tags,
        String downloadUrl,
        Optional<String> repository,
        Optional<Integrity> integrity,
        Optional<ArchiveDigest> sha256,
        long downloads,
        double rating,
        boolean verified,
        Optional<String> lastUpdated,
        boolean bundled) {

    public MarketplaceEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(license, "license");
        tags = List.copyOf(tags);
        Objects.requireNonNull(downloadUrl, "downloadUrl");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
        if (bundled != downloadUrl.isEmpty()) {
            throw new IllegalArgumentException("a bundled entry, and only a bundled one, has no download URL");
        }
    }

    /**
     * Whether this entry matches a search (HOST.md {@code q}): the trimmed query, compared without
     * regard to case in any locale, is part of the name, the description or a tag. An empty query
     * matches everything.
     */
    public boolean matches(String query) {
        String needle = query.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty()
                || name.value().contains(needle)
                || description.toLowerCase(Locale.ROOT).contains(needle)
                || tags.stream().anyMatch(tag -> tag.value().contains(needle));
    }

    /** Whether this entry offers an update over the installed version (HOST.md {@code hasUpdate}): greater by SemVer precedence. */
    public boolean isNewerThan(SemanticVersion installed) {
        return version.compareTo(installed) > 0;
    }

    /**
     * HOST.md "One-click install" step 7, on the package this entry's archive unpacked to: its manifest
     * names this entry's plugin at this entry's version, and this entry's integrity pin, when it has
     * one, matches the entry file and equals the manifest's own pin when that has one.
     *
     * @param entryFile the content of the manifest's {@code main}; empty when the package has none
     * @return the pin the install keeps: the manifest's, else this entry's, else none
     * @throws InvalidPackageException the manifest names another plugin or version
     * @throws IntegrityMismatchException this entry's pin does not match the entry file or differs from the manifest's
     */
    public Optional<Integrity> admit(PluginId manifestId, SemanticVersion manifestVersion, Optional<Integrity> manifestPin,
            Optional<byte[]> entryFile) {
        if (!manifestId.equals(name) || !manifestVersion.equals(version)) {
            throw new InvalidPackageException("The archive holds " + manifestId + " " + manifestVersion
                    + ", not the marketplace entry's " + name + " " + version);
        }
        if (integrity.isEmpty()) {
            return manifestPin;
        }
        Integrity pin = integrity.get();
        if (manifestPin.isPresent() && !manifestPin.get().equals(pin)) {
            throw new IntegrityMismatchException("The marketplace entry pins " + pin + " but the manifest pins " + manifestPin.get());
        }
        pin.verify(entryFile.orElseThrow(() -> new IntegrityMismatchException(
                "The marketplace entry pins " + pin + " but the package has no entry file")));
        return Optional.of(pin);
    }
}
