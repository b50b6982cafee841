package dev.plugbay.domain.host;

import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.manifest.EntryPath;
import java.util.List;

/** The refusals about the folder a local install reads, its manifest and its entry file (HOST.md "Local install" steps 1 to 5, "Scan"). */
public final class FolderRefusals {

    private FolderRefusals() {
    }

    /** Step 1 and 2: the {@code path} of the request is refused, as {@code details[].field} says. */
    public static InvalidRequestException path(String message) {
        return new InvalidRequestException("Invalid path: " + message, List.of(Violation.ofField("path", message)));
    }

    public static InvalidManifestException noManifest() {
        return new InvalidManifestException("no plugin.json found", List.of());
    }

    public static InvalidManifestException unreadableManifest(String why) {
        return new InvalidManifestException("plugin.json " + why, List.of());
    }

    public static InvalidManifestException entryNotFound(EntryPath main) {
        return new InvalidManifestException("entry file not found: " + main, List.of());
    }

    public static InvalidManifestException entryOutside() {
        return new InvalidManifestException("main resolves outside the plugin folder", List.of());
    }
}
