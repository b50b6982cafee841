package dev.plugbay.domain.catalog;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.plugin.Slot;
import dev.plugbay.domain.plugin.Tag;
import dev.plugbay.domain.user.Username;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the catalog as a viewer sees it: public plugins plus the private ones the viewer's
 * author name authored, optionally narrowed by a text (matched against id, name, description and
 * tags), a slot, a tag and the kind of plugin. The {@code viewer} is the subject whose installations are flagged (and
 * left out when {@code installed} is {@link InstalledPlugins#EXCLUDE}); the {@code author} is the
 * viewer's author name, absent for a viewer without one.
 */
public record CatalogQuery(
        Username viewer,
        Optional<String> text,
        Optional<Slot> slot,
        Optional<Tag> tag,
        CatalogSort sort,
        int page,
        int size,
        Optional<Username> author,
        InstalledPlugins installed,
        PluginKind kind) {

    public static final int DEFAULT_SIZE = 50;
    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 200;
    /** The largest page of a request that asks for no page at all (a client that does not page). */
    public static final int MAX_UNPAGED_SIZE = 10_000;
    public static final int MAX_TEXT_LENGTH = 100;

    public CatalogQuery {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(author, "author");
        text = text.map(String::strip).filter(value -> !value.isEmpty());
        if (text.isPresent() && (text.get().codePointCount(0, text.get().length()) > MAX_TEXT_LENGTH
                || text.get().indexOf('\0') >= 0)) {
            throw new InvalidRequestException("q must be at most " + MAX_TEXT_LENGTH + " characters of text");
        }
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(installed, "installed");
        Objects.requireNonNull(kind, "kind");
        if (page < 1) {
            throw new InvalidRequestException("page must be 1 or more");
        }
        if (size < 1 || size > MAX_UNPAGED_SIZE) {
            throw new InvalidRequestException("size must be between 1 and " + MAX_SIZE);
        }
    }

    /** A query that lists every kind of plugin, the viewer's installed ones with the rest. */
    public CatalogQuery(Username viewer, Optional<String> text, Optional<Slot> slot, Optional<Tag> tag,
            CatalogSort sort, int page, int size, Optional<Username> author) {
        this(viewer, text, slot, tag, sort, page, size, author, InstalledPlugins.INCLUDE, PluginKind.ALL);
    }

    /** A query by a viewer whose author name is their subject, listing every kind of plugin and their installed ones. */
    public CatalogQuery(Username viewer, Optional<String> text, Optional<Slot> slot, Optional<Tag> tag,
            CatalogSort sort, int page, int size) {
        this(viewer, text, slot, tag, sort, page, size, Optional.of(viewer), InstalledPlugins.INCLUDE, PluginKind.ALL);
    }

    /** Whether the viewer's installed plugins are left out of the page and its total. */
    public boolean excludesInstalled() {
        return installed == InstalledPlugins.EXCLUDE;
    }

    /** How many entries come before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
