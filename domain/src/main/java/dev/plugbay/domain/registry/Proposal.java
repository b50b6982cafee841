package dev.plugbay.domain.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * What was proposed to the registry for a catalog change: a pull request, a commit straight to
 * the registry branch (or a change written into a registry directory), or nothing (with the reason, for example no token configured).
 */
public record Proposal(Kind kind, Optional<String> url, Optional<String> reference, String note) {

    public enum Kind { PULL_REQUEST, COMMIT, NONE }

    public Proposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(note, "note");
    }

    public static Proposal pullRequest(String url, String branch) {
        return new Proposal(Kind.PULL_REQUEST, Optional.of(url), Optional.of(branch), "A pull request was opened");
    }

    public static Proposal commit(String url, String sha) {
        return new Proposal(Kind.COMMIT, Optional.of(url), Optional.of(sha), "The change was committed to the registry");
    }

    /** A change written straight into a registry that has no reviews, such as a directory: a commit of its own. */
    public static Proposal written(String url, String reference) {
        return new Proposal(Kind.COMMIT, Optional.of(url), Optional.of(reference), "The change was written to the registry");
    }

    public static Proposal none(String reason) {
        return new Proposal(Kind.NONE, Optional.empty(), Optional.empty(), reason);
    }

    public boolean wasMade() {
        return kind != Kind.NONE;
    }

    public Optional<String> pullRequestUrl() {
        return kind == Kind.PULL_REQUEST ? url : Optional.empty();
    }
}
