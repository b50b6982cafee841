package dev.plugbay.bootstrap.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.plugbay.bootstrap.dashboard.Buttons.button;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.plugbay.domain.json.JsonReader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The host pages against HOST.md's shapes, answered in the browser by {@link FakeHostApi}: what
 * they show and exactly what they send, including the views the server's own host routes do not
 * offer yet ({@link HostDashboardEndToEndTest} drives those routes).
 */
@ExtendWith(DashboardExtension.class)
class HostDashboardTest {

    @Test
    void installFromAFolderActivateConfigureWithARejectedThenAGoodValueAndSeeALogLine(Dashboard dashboard) {
        Page page = dashboard.signedIn("root", "ADMIN");
        FakeHostApi host = new FakeHostApi();
        host.serve(page);
        HostPages.openEmptyHost(page);
        dashboard.assertAccessible(page, "host");

        page.getByLabel("Local folder path").fill("/srv/plugins/request-logger");
        button(page, "Install").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("request-logger").setLevel(1))).isVisible();
        assertEquals(JsonReader.parse("{\"path\": \"/srv/plugins/request-logger\"}"), call(host, "POST", "/api/plugins").body());
        Locator plugin = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("request-logger"));
        assertThat(plugin).containsText("Status: installed");
        assertThat(plugin).containsText("Not enforced on this machine: file-read");
        assertThat(page.getByRole(AriaRole.TABLE).first()).containsText("unenforced");

        button(plugin, "Activate").click();
        assertThat(plugin).containsText("Status: active");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Log lines, oldest first")))
                .containsText("request-logger started");

        assertThat(page.getByLabel("level")).hasValue("info");
        page.getByLabel("verbose").check();
        page.getByLabel("prefix").fill("[rl]");
        HostPages.saveRefusedConfigValue(page, "maxLines", "500", "must be at most 100, not 500");
        page.getByLabel("maxLines").fill("50");
        button(page, "Save").click();
        assertThat(page.getByText("Configuration saved.")).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        assertEquals(JsonReader.parse("{\"config\": {\"level\": \"info\", \"maxLines\": 50, \"verbose\": true, \"prefix\": \"[rl]\"}}"),
                host.calls.stream().filter(c -> c.method().equals("PUT")).reduce((first, second) -> second).orElseThrow().body(),
                "numbers go as numbers, selects as strings, booleans as booleans");

        host.logLines.add("GET /hello 200 3ms");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Log lines, oldest first")))
                .containsText("GET /hello 200 3ms");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Latest executions, newest first")))
                .containsText("onRequest");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Per hook, since the plugin was installed")))
                .containsText("onRequest");
        dashboard.assertAccessible(page, "host-plugin");

        button(plugin, "Deactivate").click();
        assertThat(plugin).containsText("Status: inactive");
        button(plugin, "Uninstall").click();
        assertThat(page).hasURL(Pattern.compile("#/host$"));
        assertThat(page.getByText("No code plugin is installed on this host.")).isVisible();
    }

    @Test
    void logsShowOnAServerWithoutTheExecutionsAndMetricsRoutes(Dashboard dashboard) {
        Page page = dashboard.signedIn("root", "ADMIN");
        FakeHostApi host = new FakeHostApi();
        host.runtimeViews = false;
        host.installed = true;
        host.logLines.add("listening");
        host.serve(page);

        page.navigate(dashboard.url("/#/host/plugin/request-logger"));

        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Log lines, oldest first")))
                .containsText("listening");
        assertThat(page.getByText("This server does not offer this view yet.")).hasCount(2);
        host.logLines.add("still refreshing");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Log lines, oldest first")))
                .containsText("still refreshing");
    }

    @Test
    void theHostCatalogInstallsAndUpdatesAndTheRegistryUrlIsChecked(Dashboard dashboard) {
        Page page = dashboard.signedIn("root", "ADMIN");
        FakeHostApi host = new FakeHostApi();
        host.serve(page);
        page.navigate(dashboard.url("/#/host/catalog"));

        Locator limiter = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("rate-limiter"));
        Locator logger = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("request-logger"));
        assertThat(logger).containsText("Installed: 1.0.0");
        assertThat(button(logger, "Update")).isVisible();
        dashboard.assertAccessible(page, "host-catalog");
        button(limiter, "Install").click();
        assertThat(limiter).containsText("Installed 1.0.0, archive verified.");
        assertEquals("POST", call(host, "POST", "/api/plugins/marketplace/rate-limiter/install").method());

        HostPages.refuseThenSaveARegistryUrl(page);
        assertEquals(HostPages.REGISTRY_URL, host.marketplaceUrl);
        dashboard.assertAccessible(page, "host-settings");
    }

    private static FakeHostApi.Call call(FakeHostApi host, String method, String path) {
        return host.calls.stream().filter(c -> c.method().equals(method) && c.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " in " + host.calls));
    }
}
