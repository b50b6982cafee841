package dev.plugbay.domain.error;

import java.util.List;
import java.util.Objects;

/**
 * A failure that belongs to the use-case contract. Each subclass stands for one {@link ErrorCode};
 * its message is a human sentence that is safe to show to the caller. The message and the list of
 * violations are bounded as {@link MessageBounds} says, whatever input they were built from.
 */
public abstract class DomainException extends RuntimeException {

    /** Room for the first violation in a summary, leaving the message's count of the others inside its bound. */
    private static final int SUMMARIZED_VIOLATION_LENGTH = MessageBounds.MAX_MESSAGE_LENGTH - 60;

    private final transient List<Violation> violations;

    protected DomainException(String message) {
        this(message, List.of());
    }

    protected DomainException(String message, List<Violation> violations) {
        super(MessageBounds.cut(Objects.requireNonNull(message, "message"), MessageBounds.MAX_MESSAGE_LENGTH),
                null, false, false);
        this.violations = MessageBounds.violations(violations);
    }

    public abstract ErrorCode code();

    /**
     * One entry per broken rule, empty when the message says it all; past the bounds of
     * {@link MessageBounds#violations}, the first ones and an entry counting the rest.
     */
    public List<Violation> violations() {
        return violations;
    }

    /** The message of a failure with violations: what failed, the first violation and how many more there are. */
    static String summarize(String what, List<Violation> violations) {
        if (violations.isEmpty()) {
            return what;
        }
        String first = MessageBounds.cut(violations.get(0).toString(), SUMMARIZED_VIOLATION_LENGTH);
        return violations.size() == 1
                ? what + ": " + first
                : what + ": " + first + " (and " + (violations.size() - 1) + " more)";
    }
}
