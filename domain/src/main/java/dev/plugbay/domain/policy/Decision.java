package dev.plugbay.domain.policy;

import dev.plugbay.domain.error.PermissionDeniedException;
import java.util.Objects;

/** A policy's answer: allowed, or rejected with a reason the caller may read. */
public sealed interface Decision {

    Allowed ALLOWED = new Allowed();

    static Decision rejected(String reason) {
        return new Rejected(reason);
    }

    boolean isAllowed();

    /** Throws {@code PERMISSION_DENIED} with the reason when rejected. */
    default void orDeny() {
        if (this instanceof Rejected rejected) {
            throw new PermissionDeniedException(rejected.reason());
        }
    }

    record Allowed() implements Decision {
        @Override
        public boolean isAllowed() {
            return true;
        }
    }

    record Rejected(String reason) implements Decision {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean isAllowed() {
            return false;
        }
    }
}
