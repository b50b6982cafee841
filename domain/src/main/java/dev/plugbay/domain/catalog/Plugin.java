package dev.plugbay.domain.catalog;

import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.error.VersionConflictException;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.user.Username;
import dev.plugbay.domain.version.SemanticVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin in the catalog: its author, origin and the history of its immutable releases. The
 * plugin's current face (name, slot, ui, visibility) is the manifest of its latest release.
 *
 * <p>Invariants: at least one release; releases ordered by precedence and no two of them the same
 * release; every release carries this plugin's id and author. {@link #rebuild} re-checks them for
 * plugins read back from storage.
 */
public final class Plugin {

    private final PluginId id;
    private final Username author;
    private final boolean official;
    private final List<Release> releases;
    private final long downloadCount;
    private final Instant createdAt;
    private final long revision;

    private Plugin(PluginId id, Username author, boolean official, List<Release> releases, long downloadCount,
            Instant createdAt, long revision) {
        this.id = Objects.requireNonNull(id, "id");
        this.author = Objects.requireNonNull(author, "author");
        this.official = official;
        this.releases = checkedReleases(id, author, releases);
        if (downloadCount < 0) {
            throw new IllegalArgumentException("a download count cannot be negative");
        }
        this.downloadCount = downloadCount;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.revision = revision;
    }

    /**
     * A new plugin with its first release. {@code everPublished} are the versions once published
     * under this id (by a plugin since deleted): none of them can be published again.
     */
    public static Plugin create(Manifest manifest, boolean official, long initialDownloads,
            Collection<SemanticVersion> everPublished, Clock clock) {
        requireNeverPublished(manifest.id(), manifest.version(), everPublished);
        Instant now = clock.instant();
        return new Plugin(manifest.id(), manifest.author(), official, List.of(new Release(manifest, now)),
                initialDownloads, now, 0);
    }

    /** Rebuilds a stored plugin, re-checking every invariant. */
    public static Plugin rebuild(PluginId id, Username author, boolean official, List<Release> releases,
            long downloadCount, Instant createdAt, long revision) {
        List<Release> ordered = new ArrayList<>(releases);
        ordered.sort(Comparator.comparing(Release::version));
        return new Plugin(id, author, official, ordered, downloadCount, createdAt, revision);
    }

    /**
     * This plugin with a new release. The version must be strictly greater than every release
     * it has, prereleases included, and never published before under this id.
     */
    public Plugin publish(Manifest manifest, Collection<SemanticVersion> everPublished, Clock clock) {
        if (!manifest.id().equals(id) || !manifest.author().equals(author)) {
            throw new IllegalArgumentException("a release of " + id + " must carry its id and author");
        }
        SemanticVersion highest = highestRelease().version();
        if (manifest.version().compareTo(highest) <= 0) {
            throw new VersionConflictException("Version " + manifest.version() + " of " + id
                    + " is not greater than its highest release " + highest);
        }
        requireNeverPublished(id, manifest.version(), everPublished);
        List<Release> next = new ArrayList<>(releases);
        next.add(new Release(manifest, clock.instant()));
        return new Plugin(id, author, official, next, downloadCount, createdAt, revision);
    }

    /** The same plugin marked as coming from (or no longer from) the GitHub registry. */
    public Plugin withOfficial(boolean isOfficial) {
        return new Plugin(id, author, isOfficial, releases, downloadCount, createdAt, revision);
    }

    /**
     * The release users get by default: the highest stable release, or the highest prerelease
     * when there is no stable one.
     */
    public Release latestRelease() {
        for (int i = releases.size() - 1; i >= 0; i--) {
            if (!releases.get(i).version().isPrerelease()) {
                return releases.get(i);
            }
        }
        return highestRelease();
    }

    public SemanticVersion latestVersion() {
        return latestRelease().version();
    }

    public Release highestRelease() {
        return releases.get(releases.size() - 1);
    }

    public Release release(SemanticVersion version) {
        return findRelease(version).orElseThrow(() -> new PluginNotFoundException(
                "Plugin " + id + " has no release " + version));
    }

    public Optional<Release> findRelease(SemanticVersion version) {
        return releases.stream().filter(release -> release.version().isSameReleaseAs(version)).findFirst();
    }

    /** Whether a user who installed {@code installed} has a newer latest release to move to. */
    public boolean hasUpdateFor(SemanticVersion installed) {
        return latestVersion().compareTo(installed) > 0;
    }

    public Manifest current() {
        return latestRelease().manifest();
    }

    public boolean isPublic() {
        return current().isPublic();
    }

    public boolean isAuthoredBy(Username user) {
        return author.equals(user);
    }

    /** The time of the newest release: when the plugin last changed. */
    public Instant updatedAt() {
        return releases.stream().map(Release::publishedAt).max(Comparator.naturalOrder()).orElseThrow();
    }

    public PluginId id() {
        return id;
    }

    public Username author() {
        return author;
    }

    public boolean isOfficial() {
        return official;
    }

    /** Releases in ascending precedence. */
    public List<Release> releases() {
        return releases;
    }

    public long downloadCount() {
        return downloadCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The stored revision this instance was read at, for optimistic locking. */
    public long revision() {
        return revision;
    }

    private static void requireNeverPublished(PluginId id, SemanticVersion version,
            Collection<SemanticVersion> everPublished) {
        if (everPublished.stream().anyMatch(version::isSameReleaseAs)) {
            throw new VersionConflictException("Version " + version + " of " + id
                    + " was published before and can never be published again");
        }
    }

    private static List<Release> checkedReleases(PluginId id, Username author, List<Release> releases) {
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("a plugin has at least one release");
        }
        for (int i = 0; i < releases.size(); i++) {
            Manifest manifest = releases.get(i).manifest();
            if (!manifest.id().equals(id) || !manifest.author().equals(author)) {
                throw new IllegalArgumentException("release " + manifest.version() + " does not belong to " + id);
            }
            if (i > 0 && releases.get(i - 1).version().compareTo(manifest.version()) >= 0) {
                throw new IllegalArgumentException("releases of " + id + " must be distinct and in ascending order");
            }
        }
        return List.copyOf(releases);
    }


    @Override
    public boolean equals(Object other) {
        return other instanceof Plugin that && id.equals(that.id) && author.equals(that.author)
                && official == that.official && releases.equals(that.releases)
                && downloadCount == that.downloadCount && createdAt.equals(that.createdAt) && revision == that.revision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, releases.size(), revision);
    }

    @Override
    public String toString() {
        return "Plugin[" + id + " " + latestVersion() + " by " + author + "]";
    }
}
