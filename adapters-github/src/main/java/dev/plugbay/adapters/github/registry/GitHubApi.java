package dev.plugbay.adapters.github.registry;

import dev.plugbay.adapters.github.outbound.http.OutboundRequest;
import dev.plugbay.adapters.github.outbound.http.OutboundResponse;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The GitHub REST calls the publisher makes on the registry repository, each failing as {@code UPSTREAM_UNAVAILABLE}. */
final class GitHubApi {

    private final GitHubConnection github;
    private final RegistryLocation registry;

    GitHubApi(GitHubConnection github, RegistryLocation registry) {
        this.github = github;
        this.registry = registry;
    }

    /** A commit made through the contents API. */
    record CommitMade(String sha, String url) {
    }

    /** A write refused because the file changed since its sha was read (409, or 422 for a file that appeared). */
    static final class StaleSha extends RuntimeException {

        StaleSha() {
            super(null, null, false, false);
        }
    }

    String headOf(String branch) {
        OutboundResponse response = github.api(OutboundRequest.get(repo("/git/ref/heads/" + branch)));
        if (response.status() != 200) {
            throw GitHubAnswers.failure("read the branch " + branch, response);
        }
        return GitHubAnswers.member(GitHubAnswers.object("read the branch " + branch, response), "object")
                .flatMap(object -> GitHubAnswers.string(object, "sha"))
                .orElseThrow(() -> new UpstreamUnavailableException("Could not read the branch " + branch
                        + ": GitHub's answer has no commit sha"));
    }

    /** Creates the branch at {@code sha}; an existing branch (422 "Reference already exists") is reused. */
    void createBranch(String branch, String sha) {
        OutboundResponse response = github.api(OutboundRequest.json("POST", repo("/git/refs"),
                json("ref", "refs/heads/" + branch, "sha", sha)));
        if (response.status() == 201 || response.status() == 422 && message(response).contains("Reference already exists")) {
            return;
        }
        throw GitHubAnswers.failure("create the branch " + branch, response);
    }

    /** The blob sha of a file on a branch, empty when the file is not there. */
    Optional<String> fileSha(String path, String branch) {
        OutboundResponse response = github.api(OutboundRequest.get(repo("/contents/" + path) + "?ref=" + encode(branch)));
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw GitHubAnswers.failure("read " + path, response);
        }
        return Optional.of(GitHubAnswers.string(GitHubAnswers.object("read " + path, response), "sha")
                .orElseThrow(() -> new UpstreamUnavailableException("Could not read " + path + ": no sha in GitHub's answer")));
    }

    CommitMade putFile(String path, String branch, String content, Optional<String> sha, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("content", Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)));
        body.put("branch", branch);
        sha.ifPresent(value -> body.put("sha", value));
        return commit("write " + path, github.api(OutboundRequest.json("PUT", repo("/contents/" + path), json(body))));
    }

    CommitMade deleteFile(String path, String branch, String sha, String message) {
        return commit("delete " + path, github.api(OutboundRequest.json("DELETE", repo("/contents/" + path),
                json("message", message, "sha", sha, "branch", branch))));
    }

    /** Opens a pull request from {@code head}; when one is already open for it, that one is the answer. */
    String openPullRequest(String head, String title, String body) {
        OutboundResponse response = github.api(OutboundRequest.json("POST", repo("/pulls"),
                json("title", title, "head", head, "base", registry.branch(), "body", body)));
        if (response.status() == 201) {
            return url("open a pull request", response);
        }
        if (response.status() == 422 && response.text().contains("A pull request already exists")) {
            return openPullRequestOf(head);
        }
        throw GitHubAnswers.failure("open a pull request", response);
    }

    void closePullRequest(int number) {
        OutboundResponse response = github.api(OutboundRequest.json("PATCH", repo("/pulls/" + number), json("state", "closed")));
        if (response.status() != 200) {
            throw GitHubAnswers.failure("close pull request #" + number, response);
        }
    }

    private String openPullRequestOf(String head) {
        String action = "find the open pull request of " + head;
        OutboundResponse response = github.api(OutboundRequest.get(repo("/pulls") + "?state=open&head="
                + encode(registry.owner() + ":" + head)));
        if (response.status() != 200) {
            throw GitHubAnswers.failure(action, response);
        }
        JsonValue list = GitHubAnswers.json(action, response);
        if (list instanceof JsonArray pulls && !pulls.elements().isEmpty() && pulls.elements().get(0) instanceof JsonObject first) {
            return GitHubAnswers.string(first, "html_url").orElseThrow(() -> new UpstreamUnavailableException(
                    "Could not " + action + ": no html_url in GitHub's answer"));
        }
        throw new UpstreamUnavailableException("Could not " + action + ": GitHub lists none");
    }

    private static CommitMade commit(String action, OutboundResponse response) {
        if (response.status() == 409 || response.status() == 422 && response.text().contains("sha")) {
            throw new StaleSha();
        }
        if (response.status() != 200 && response.status() != 201) {
            throw GitHubAnswers.failure(action, response);
        }
        JsonObject commit = GitHubAnswers.member(GitHubAnswers.object(action, response), "commit")
                .orElseThrow(() -> new UpstreamUnavailableException("Could not " + action + ": no commit in GitHub's answer"));
        return new CommitMade(GitHubAnswers.string(commit, "sha").orElse(""), GitHubAnswers.string(commit, "html_url").orElse(""));
    }

    private static String url(String action, OutboundResponse response) {
        return GitHubAnswers.string(GitHubAnswers.object(action, response), "html_url")
                .orElseThrow(() -> new UpstreamUnavailableException("Could not " + action + ": no html_url in GitHub's answer"));
    }

    private static String message(OutboundResponse response) {
        try {
            JsonValue body = JsonReader.parse(response.text());
            return body instanceof JsonObject object ? GitHubAnswers.string(object, "message").orElse("") : "";
        } catch (RuntimeException garbage) {
            return "";
        }
    }

    private String repo(String rest) {
        return "/repos/" + registry.owner() + "/" + registry.name() + rest;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String json(String... namesAndValues) {
        Map<String, String> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return json(members);
    }

    private static String json(Map<String, String> members) {
        Map<String, JsonValue> values = new LinkedHashMap<>();
        members.forEach((name, value) -> values.put(name, new JsonString(value)));
        return new JsonObject(values).toJson();
    }
}
