package dev.plugbay.adapters.github.registry;

import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.github.outbound.guard.SystemHostResolver;
import dev.plugbay.adapters.github.outbound.http.Timeouts;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Adapter settings pointing at a fake GitHub, with short time limits so failure tests stay fast. */
public final class GitHubFixtures {

    public static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(1500));

    private GitHubFixtures() {
    }

    public static GitHubSettings settings(FakeGitHub fake, boolean withToken) {
        return new GitHubSettings(URI.create(fake.apiUrl()), URI.create(fake.rawUrl()),
                withToken ? Optional.of(FakeGitHub.TOKEN) : Optional.empty(),
                Optional.of(new RegistryLocation(FakeGitHub.OWNER, FakeGitHub.REPO, FakeGitHub.BRANCH)), SHORT, 4);
    }

    public static GitHubConnection connection(FakeGitHub fake, boolean withToken) {
        return new GitHubConnection(settings(fake, withToken), new SystemHostResolver());
    }
}
