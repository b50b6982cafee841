package dev.plugbay.domain.error;

import java.util.List;
import java.util.Objects;

/**
 * A failure that belongs to the use-case contract. Each subclass stands for one {@link ErrorCode};
 * its message is a human sentence that is safe to show to the caller.
 */
public abstract class DomainException extends RuntimeException {

    private final transient List<Violation> violations;

    protected DomainException(String message) {
        this(message, List.of());
    }

    protected DomainException(String message, List<Violation> violations) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public abstract ErrorCode code();

    /** One entry per broken rule, empty when the message says it all. */
    public List<Violation> violations() {
        return violations;
    }

    static String summarize(String what, List<Violation> violations) {
        if (violations.isEmpty()) {
            return what;
        }
        String first = violations.get(0).toString();
        return violations.size() == 1
                ? what + ": " + first
                : what + ": " + first + " (and " + (violations.size() - 1) + " more)";
    }
}
