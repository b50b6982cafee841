package dev.plugbay.bootstrap.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.plugbay.bootstrap.dashboard.Buttons.button;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.plugbay.bootstrap.host.HostOperator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Host page against the server's own host routes (HOST.md), with a real Node.js plugin
 * process: install from a folder on this machine, activate, the executions and metrics its
 * lifecycle hooks made, a config value the schema rejects then a good one, and the plugin's own log
 * line; the catalog's built-in plugins and a one-click install from it; the registry URL setting.
 * The browser is on the server's loopback address; the token has the ADMIN role.
 */
@ExtendWith(DashboardExtension.class)
class HostDashboardEndToEndTest {

    private static final String PLUGIN = "request-logger";

    @TempDir
    Path sources;

    @Test
    void installFromAFolderActivateRejectThenSaveAConfigValueAndSeeThePluginsLogLine(Dashboard dashboard) {
        Path folder = HostOperator.fixture("request-logger-1.0.0", sources);
        Page page = dashboard.signedIn("operator", "ADMIN");
        HostPages.openEmptyHost(page);
        dashboard.assertAccessible(page, "host-server");

        page.getByLabel("Local folder path").fill(folder.toString());
        button(page, "Install").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(PLUGIN).setLevel(1))).isVisible();
        Locator plugin = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName(PLUGIN));
        assertThat(plugin).containsText("Status: installed");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Enforcement")))
                .containsText("file-write");

        button(plugin, "Activate").click();
        assertThat(plugin).containsText("Status: active");
        Locator logs = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Log lines, oldest first"));
        assertThat(logs).containsText("[request-logger 1.0.0] activate logLevel=info");
        Locator executions = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Latest executions, newest first"));
        assertThat(executions.getByRole(AriaRole.ROW)).hasCount(3);
        assertThat(executions.getByRole(AriaRole.ROW).nth(1)).containsText("onActivate");
        assertThat(executions.getByRole(AriaRole.ROW).nth(2)).containsText("onInstall");
        assertThat(page.getByText("2 calls: 2 succeeded, 0 failed")).isVisible();
        Locator metrics = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Per hook, since the plugin was installed"));
        assertThat(metrics.getByRole(AriaRole.ROW)).hasCount(3);
        assertThat(metrics.getByRole(AriaRole.ROW).nth(1)).containsText("onActivate1000");
        assertThat(page.getByText("This server does not offer this view yet.")).hasCount(0);

        assertThat(page.getByLabel("logLevel")).hasValue("info");
        assertThat(page.getByLabel("maxBodyLength")).hasValue("500");
        HostPages.saveRefusedConfigValue(page, "maxBodyLength", "200000", "must be at most 100000, not 200000");
        dashboard.screenshot(page, "host-server-config-rejected");

        page.getByLabel("maxBodyLength").fill("40");
        page.getByLabel("logLevel").selectOption("debug");
        button(page, "Save").click();
        assertThat(page.getByText("Configuration saved.")).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        assertThat(page.getByLabel("maxBodyLength")).not().hasAttribute("aria-invalid", "true");

        button(plugin, "Deactivate").click();
        assertThat(plugin).containsText("Status: inactive");
        button(plugin, "Activate").click();
        assertThat(logs).containsText("[request-logger 1.0.0] activate logLevel=debug");
        dashboard.assertAccessible(page, "host-server-plugin");

        button(plugin, "Uninstall").click();
        assertThat(page.getByText("No code plugin is installed on this host.")).isVisible();
    }

    @Test
    void theCatalogListsTheBuiltInPluginsInstallsOneWithNoNetworkAndTheSettingsCheckTheRegistryUrl(Dashboard dashboard) {
        Page page = dashboard.signedIn("operator", "ADMIN");
        page.navigate(dashboard.url("/#/host/catalog"));
        assertThat(page.locator(".summary")).hasText("4 plugins from the built-in list.");
        Locator limiter = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("rate-limiter"));
        assertThat(limiter).containsText("Verified");
        dashboard.assertAccessible(page, "host-server-catalog");

        page.getByLabel("Search the host catalog").fill("LIMIT");
        assertThat(page.locator(".summary")).hasText("1 plugin from the built-in list.");
        button(limiter, "Install").click();
        assertThat(limiter).containsText("Installed 1.0.0, archive verified.");
        assertThat(limiter).containsText("Installed: 1.0.0");
        assertThat(button(limiter, "Install")).hasCount(0);

        HostPages.refuseThenSaveARegistryUrl(page);
        page.getByLabel("Registry URL").fill("");
        button(page, "Save").click();
        assertThat(page.getByText("Saved: the catalog is the built-in list.")).isVisible();
        dashboard.assertAccessible(page, "host-server-settings");

        // The server is shared by the dashboard tests: leave no plugin installed.
        page.navigate(dashboard.url("/#/host/plugin/rate-limiter"));
        button(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("rate-limiter")), "Uninstall").click();
        assertThat(page.getByText("No code plugin is installed on this host.")).isVisible();
    }
}
