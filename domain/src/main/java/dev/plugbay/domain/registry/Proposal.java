package dev.plugbay.domain.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * What was proposed to the registry for a catalog change: a pull request, a commit straight to the
 * registry branch (or a change written into a registry directory), or nothing, with the reason (for
 * example no token configured). Each kind carries exactly what it has: a pull request its link and
 * branch, a commit its link and revision, nothing only its reason.
 */
public sealed interface Proposal permits Proposal.PullRequest, Proposal.Commit, Proposal.None {

    /** The kind's name on the wire ({@code pull_request}, {@code commit}, {@code none}). */
    enum Kind { PULL_REQUEST, COMMIT, NONE }

    Kind kind();

    /** The pull request's or the commit's link. */
    Optional<String> url();

    /** The pull request's branch or the commit's revision. */
    Optional<String> reference();

    /** A sentence that says what happened, or why nothing was proposed. */
    String note();

    static Proposal pullRequest(String url, String branch) {
        return new PullRequest(url, branch);
    }

    static Proposal commit(String url, String sha) {
        return new Commit(url, sha, "The change was committed to the registry");
    }

    /** A change written straight into a registry that has no reviews, such as a directory: a commit of its own. */
    static Proposal written(String url, String reference) {
        return new Commit(url, reference, "The change was written to the registry");
    }

    static Proposal none(String reason) {
        return new None(reason);
    }

    default boolean wasMade() {
        return kind() != Kind.NONE;
    }

    default Optional<String> pullRequestUrl() {
        return kind() == Kind.PULL_REQUEST ? url() : Optional.empty();
    }

    /** A pull request opened from {@code branch}, at {@code link}. */
    record PullRequest(String link, String branch) implements Proposal {

        public PullRequest {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(branch, "branch");
        }

        @Override
        public Kind kind() {
            return Kind.PULL_REQUEST;
        }

        @Override
        public Optional<String> url() {
            return Optional.of(link);
        }

        @Override
        public Optional<String> reference() {
            return Optional.of(branch);
        }

        @Override
        public String note() {
            return "A pull request was opened";
        }
    }

    /** A change made in the registry itself: {@code revision} at {@code link}. */
    record Commit(String link, String revision, String note) implements Proposal {

        public Commit {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(revision, "revision");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public Kind kind() {
            return Kind.COMMIT;
        }

        @Override
        public Optional<String> url() {
            return Optional.of(link);
        }

        @Override
        public Optional<String> reference() {
            return Optional.of(revision);
        }
    }

    /** Nothing was proposed, for the reason in {@code note}. */
    record None(String note) implements Proposal {

        public None {
            Objects.requireNonNull(note, "note");
        }

        @Override
        public Kind kind() {
            return Kind.NONE;
        }

        @Override
        public Optional<String> url() {
            return Optional.empty();
        }

        @Override
        public Optional<String> reference() {
            return Optional.empty();
        }
    }
}
