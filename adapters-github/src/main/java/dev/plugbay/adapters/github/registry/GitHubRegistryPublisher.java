package dev.plugbay.adapters.github.registry;

import dev.plugbay.application.port.out.registry.RegistryPublisher;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestWriter;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.Proposal;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposes catalog changes to the registry repository through the GitHub REST API: a branch with
 * a deterministic name built from the validated id, the file change, and a pull request; or, for
 * an admin's direct change, a commit on the registry branch. A write is always based on the sha
 * just read; when the file changed in between (409) it is read again and written once more.
 */
@Singleton
@Requires(missingProperty = "plugbay.registry.directory")
public final class GitHubRegistryPublisher implements RegistryPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(GitHubRegistryPublisher.class);
    private static final Pattern PULL_NUMBER = Pattern.compile("/pull/([0-9]{1,9})$");

    private final GitHubConnection github;

    public GitHubRegistryPublisher(GitHubConnection github) {
        this.github = github;
    }

    @Override
    public Proposal proposeCreation(Manifest manifest) {
        return withApi(api -> pullRequest(api, "plugbay/add-" + manifest.id(),
                branch -> write(api, branch, manifest, "Add plugin " + manifest.id() + " " + manifest.version()),
                "Add plugin " + manifest.id() + " " + manifest.version(), manifest.author().value()));
    }

    @Override
    public Proposal proposeUpdate(Manifest manifest, boolean direct) {
        String message = "Update plugin " + manifest.id() + " to " + manifest.version();
        return withApi(api -> {
            if (direct) {
                GitHubApi.CommitMade commit = write(api, registry().branch(), manifest, message);
                return Proposal.commit(commit.url(), commit.sha());
            }
            String branch = "plugbay/update-" + manifest.id() + "-" + manifest.version().toString().replace('+', '_');
            return pullRequest(api, branch, name -> write(api, name, manifest, message), message, manifest.author().value());
        });
    }

    @Override
    public Proposal proposeRemoval(PluginId id, boolean direct) {
        String path = path(id);
        String message = "Remove plugin " + id;
        return withApi(api -> {
            if (api.fileSha(path, registry().branch()).isEmpty()) {
                return Proposal.none(path + " is not in the registry; there is nothing to remove");
            }
            if (direct) {
                GitHubApi.CommitMade commit = delete(api, registry().branch(), path, message);
                return Proposal.commit(commit.url(), commit.sha());
            }
            return pullRequest(api, "plugbay/remove-" + id, branch -> delete(api, branch, path, message), message, "Plugbay");
        });
    }

    @Override
    public void withdraw(Proposal proposal) {
        try {
            if (proposal instanceof Proposal.PullRequest pullRequest) {
                String url = pullRequest.link();
                Matcher number = PULL_NUMBER.matcher(url);
                if (!number.find()) {
                    LOG.warn("Orphaned pull request {} could not be closed: no pull request number in its URL", url);
                    return;
                }
                withApi(api -> {
                    api.closePullRequest(Integer.parseInt(number.group(1)));
                    return null;
                });
                LOG.info("Closed orphaned pull request {}: its catalog change did not happen", url);
            } else if (proposal instanceof Proposal.Commit commit) {
                LOG.warn("Commit {} ({}) reached the registry but its catalog change did not happen; revert it by hand",
                        commit.revision(), commit.link());
            }
        } catch (RuntimeException failed) {
            LOG.warn("Orphaned proposal {} could not be withdrawn: {}", proposal.url().orElse(""), failed.getMessage());
        }
    }

    private Proposal withApi(Function<GitHubApi, Proposal> work) {
        if (github.settings().registry().isEmpty()) {
            return Proposal.none("No registry is configured; nothing was proposed");
        }
        if (github.settings().token().isEmpty()) {
            return Proposal.none("No GitHub token is configured; nothing was proposed");
        }
        return work.apply(new GitHubApi(github, registry()));
    }

    /** A branch off the registry branch (reused when it exists), the change on it, and a pull request. */
    private Proposal pullRequest(GitHubApi api, String branch, Function<String, GitHubApi.CommitMade> change,
            String title, String author) {
        api.createBranch(branch, api.headOf(registry().branch()));
        change.apply(branch);
        String url = api.openPullRequest(branch, title, "Proposed through Plugbay for " + author + ".");
        return Proposal.pullRequest(url, branch);
    }

    private GitHubApi.CommitMade write(GitHubApi api, String branch, Manifest manifest, String message) {
        String content = ManifestWriter.toJson(manifest).toJson() + "\n";
        String path = path(manifest.id());
        return onFreshSha(() -> api.putFile(path, branch, content, api.fileSha(path, branch), message), path);
    }

    private GitHubApi.CommitMade delete(GitHubApi api, String branch, String path, String message) {
        return onFreshSha(() -> {
            Optional<String> sha = api.fileSha(path, branch);
            if (sha.isEmpty()) {
                return new GitHubApi.CommitMade("", "");
            }
            return api.deleteFile(path, branch, sha.get(), message);
        }, path);
    }

    /** Runs a write based on a sha it reads itself; a stale sha is read again once, never overwritten blindly. */
    private static GitHubApi.CommitMade onFreshSha(java.util.function.Supplier<GitHubApi.CommitMade> write, String path) {
        try {
            return write.get();
        } catch (GitHubApi.StaleSha changedMeanwhile) {
            try {
                return write.get();
            } catch (GitHubApi.StaleSha changedAgain) {
                throw new UpstreamUnavailableException(path + " keeps changing on GitHub; nothing was overwritten");
            }
        }
    }

    private RegistryLocation registry() {
        return github.settings().registry().orElseThrow();
    }

    private static String path(PluginId id) {
        return "plugins/" + id + ".json";
    }
}
