package dev.plugbay.adapters.github.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.application.port.out.registry.DocumentFetcher;
import dev.plugbay.application.port.out.registry.RegistryPublisher;
import dev.plugbay.application.port.out.registry.RegistryReader;
import dev.plugbay.contracts.registry.RegistryPortsContract;
import dev.plugbay.domain.error.UrlNotAllowedException;
import dev.plugbay.domain.registry.Proposal;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The adapter's beans as Micronaut builds them from plugbay.* properties. */
class GitHubBeansTest {

    @Test
    void defaultsPointAtGitHubWithNoRegistryNoTokenAndOnlyRawContentAllowed() {
        try (ApplicationContext context = ApplicationContext.run()) {
            GitHubSettings settings = context.getBean(GitHubConnection.class).settings();

            assertEquals(URI.create("https://api.github.com"), settings.apiUrl());
            assertEquals(URI.create("https://raw.githubusercontent.com"), settings.rawUrl());
            assertEquals(Optional.empty(), settings.token());
            assertEquals(false, context.getBean(RegistryReader.class).isConfigured());
            assertEquals(Proposal.Kind.NONE, context.getBean(RegistryPublisher.class)
                    .proposeCreation(RegistryPortsContract.manifest("fresh", "1.0.0")).kind());
            UrlNotAllowedException refused = assertThrows(UrlNotAllowedException.class,
                    () -> context.getBean(DocumentFetcher.class).fetch("https://example.com/plugin.json"));
            assertEquals("URL not allowed: host not allowed: example.com", refused.getMessage());
        }
    }

    @Test
    void configuredPropertiesReachTheRegistryAndTheTokenOnlyTheApi() {
        try (FakeGitHub fake = FakeGitHub.withFixtureRegistry();
                ApplicationContext context = ApplicationContext.run(Map.of(
                        "plugbay.github.api-url", fake.apiUrl() + "/",
                        "plugbay.github.raw-url", fake.rawUrl(),
                        "plugbay.github.token", FakeGitHub.TOKEN,
                        "plugbay.registry.repository", FakeGitHub.OWNER + "/" + FakeGitHub.REPO,
                        "plugbay.registry.branch", FakeGitHub.BRANCH))) {
            assertEquals(5, context.getBean(RegistryReader.class).readAll().size());
            Proposal proposal = context.getBean(RegistryPublisher.class)
                    .proposeCreation(RegistryPortsContract.manifest("fresh", "1.0.0"));

            assertEquals(Proposal.Kind.PULL_REQUEST, proposal.kind());
            assertEquals(0, fake.requests(FakeGitHub.Server.RAW).stream()
                    .filter(request -> request.header("authorization").isPresent()).count());
        }
    }
}
