package dev.plugbay.domain.version;

/** One primitive comparison such as {@code >=1.2.0} or {@code <2.0.0-0}; every range reduces to these. */
record Constraint(Operator operator, SemanticVersion version) {

    enum Operator {
        LESS("<"),
        LESS_OR_EQUAL("<="),
        GREATER(">"),
        GREATER_OR_EQUAL(">="),
        EQUAL("=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        String symbol() {
            return symbol;
        }

        boolean accepts(int comparison) {
            return switch (this) {
                case LESS -> comparison < 0;
                case LESS_OR_EQUAL -> comparison <= 0;
                case GREATER -> comparison > 0;
                case GREATER_OR_EQUAL -> comparison >= 0;
                case EQUAL -> comparison == 0;
            };
        }
    }

    boolean isSatisfiedBy(SemanticVersion candidate) {
        return operator.accepts(candidate.compareTo(version));
    }

    /** Whether this constraint names a pre-release of {@code candidate}'s MAJOR.MINOR.PATCH (the npm opt-in). */
    boolean optsIntoPrereleasesOf(SemanticVersion candidate) {
        return version.isPrerelease()
                && version.major() == candidate.major()
                && version.minor() == candidate.minor()
                && version.patch() == candidate.patch();
    }
}
