package dev.plugbay.domain.version;

import java.util.List;

/** Constraints that must all hold: one side of a {@code ||}. No constraints at all means any release. */
record ConstraintSet(List<Constraint> constraints) {

    ConstraintSet {
        constraints = List.copyOf(constraints);
    }

    /**
     * npm's pre-release rule: a pre-release is only included when some constraint names a pre-release
     * of the same MAJOR.MINOR.PATCH, so {@code >=1.0.0} does not pull in {@code 1.1.0-beta}.
     */
    boolean includes(SemanticVersion candidate) {
        if (!constraints.stream().allMatch(constraint -> constraint.isSatisfiedBy(candidate))) {
            return false;
        }
        return !candidate.isPrerelease()
                || constraints.stream().anyMatch(constraint -> constraint.optsIntoPrereleasesOf(candidate));
    }
}
