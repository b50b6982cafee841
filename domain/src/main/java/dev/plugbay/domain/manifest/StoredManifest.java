package dev.plugbay.domain.manifest;

import dev.plugbay.domain.error.Violation;
import java.util.List;
import java.util.Objects;

/** A stored manifest as read back: a manifest (perhaps with values set aside), or a document that cannot be one. */
public sealed interface StoredManifest {

    /**
     * @param setAside the rules the stored values broke; each such value was replaced by its field's
     *                 default (empty when the document met every current rule)
     */
    record Readable(Manifest manifest, List<Violation> setAside) implements StoredManifest {

        public Readable {
            Objects.requireNonNull(manifest, "manifest");
            setAside = List.copyOf(setAside);
        }

        /** The first few rules the values set aside broke, for a log line of bounded length. */
        public String setAsideSummary() {
            return StoredManifests.summary(setAside);
        }
    }

    /** @param reason why not, for the operator's log */
    record Unreadable(String reason) implements StoredManifest {

        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
