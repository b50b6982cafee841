package dev.plugbay.bootstrap.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.MarketplaceApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged application (its application.yml, the embedded H2 database in a fresh home) behind a
 * headless Debian Chromium driven by Playwright, for the dashboard's browser tests. The catalog is
 * a fake GitHub registry on 127.0.0.1 (the shared fixture), synced once at start, so that plugins
 * are official and publishing opens a pull request. One per test run; closed by JUnit at its end.
 */
final class Dashboard implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe-core.version", "4.6.3")
            + "/axe.min.js";

    private Path home;
    private FakeGitHub github;
    private ApplicationContext application;
    private EmbeddedServer server;
    private TokenIssuer tokens;
    private HttpClient client;
    private MarketplaceApi api;
    private Playwright playwright;
    private Browser browser;
    private String axeSource;
    private final List<String> pageErrors = new CopyOnWriteArrayList<>();

    private Dashboard() {
    }

    private void open(Path chromium) throws IOException {
        // Generous waits: the machine may be busy; every wait still ends as soon as its condition holds.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        home = Files.createTempDirectory("plugbay-dashboard");
        github = FakeGitHub.withFixtureRegistry();
        application = ApplicationContext.run(Map.of(
                "micronaut.server.port", -1,
                "plugbay.home", home.toString(),
                "plugbay.catalog.seed", false,
                "plugbay.registry.repository", FakeGitHub.OWNER + "/" + FakeGitHub.REPO,
                "plugbay.registry.branch", FakeGitHub.BRANCH,
                "plugbay.registry.initial-delay", "1h",
                "plugbay.registry.sync-interval", "1h",
                "plugbay.github.api-url", github.apiUrl(),
                "plugbay.github.raw-url", github.rawUrl(),
                "plugbay.github.token", FakeGitHub.TOKEN));
        server = application.getBean(EmbeddedServer.class).start();
        tokens = application.getBean(TokenIssuer.class);
        DefaultHttpClientConfiguration patient = new DefaultHttpClientConfiguration();
        patient.setReadTimeout(Duration.ofMinutes(1));
        client = HttpClient.create(server.getURL(), patient);
        api = new MarketplaceApi(client, tokens);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        try (InputStream axe = Dashboard.class.getClassLoader().getResourceAsStream(AXE)) {
            axeSource = new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        }
        api.call("root", List.of("ADMIN"), HttpRequest.POST("/api/v1/admin/registry/sync", ""), 200);
    }

    /** Everything started, or, when a step fails, everything already started stopped again. */
    static Dashboard start(Path chromium) {
        Dashboard dashboard = new Dashboard();
        try {
            dashboard.open(chromium);
            return dashboard;
        } catch (IOException | RuntimeException failure) {
            try {
                dashboard.close();
            } catch (IOException | RuntimeException closing) {
                failure.addSuppressed(closing);
            }
            throw failure instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failure;
        }
    }

    /** The API itself, to arrange what a test needs and to check what the browser did. */
    MarketplaceApi api() {
        return api;
    }

    /** The fake GitHub behind the registry, to inject its failures. */
    FakeGitHub github() {
        return github;
    }

    /** The raw HTTP client, for calls the API helper does not make (a refused token). */
    HttpClient client() {
        return client;
    }

    String url(String path) {
        return server.getURL().toString() + path;
    }

    String token(String user, String... roles) {
        return tokens.issue(user, List.of(roles), Instant.now(), Duration.ofMinutes(30));
    }

    /** A page in a context of its own: its own sessionStorage, as a new browser tab would have. */
    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.onPageError(error -> pageErrors.add(error));
        return page;
    }

    /** Opens the dashboard with a token handed over in the fragment and waits for the marketplace. */
    Page signedIn(String user, String... roles) {
        Page page = newPage();
        page.navigate(url("/#token=" + token(user, roles)));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign out")).waitFor();
        return page;
    }

    void screenshot(Page page, String name) {
        page.evaluate("window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Runs axe-core in the page: no serious or critical violation. The page is also kept as a
     * screenshot, and no script error may have happened in any page so far.
     */
    void assertAccessible(Page page, String name) {
        screenshot(page, name);
        assertEquals(List.of(), List.copyOf(pageErrors), "script errors in the dashboard");
        page.evaluate(axeSource);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate("""
                async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
                """);
        assertEquals(List.of(), new ArrayList<>(violations), "accessibility violations on the " + name + " page");
    }

    @Override
    public void close() throws IOException {
        try (AutoCloseable closesPlaywright = playwright; AutoCloseable closesGitHub = github;
                AutoCloseable closesApplication = application; AutoCloseable closesClient = client) {
            if (browser != null) {
                browser.close();
            }
        } catch (IOException | RuntimeException failure) {
            throw failure;
        } catch (Exception other) {
            throw new IllegalStateException(other);
        } finally {
            if (home != null) {
                try (Stream<Path> files = Files.walk(home)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
