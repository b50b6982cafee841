package dev.plugbay.bootstrap.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.plugbay.bootstrap.dashboard.Buttons.button;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The steps on the Host pages that the tests against {@link FakeHostApi} and against the server's
 * own host routes both walk.
 */
final class HostPages {

    static final String REGISTRY_URL = "https://raw.githubusercontent.com/example-org/example-market/main/plugins.json";

    private HostPages() {
    }

    /** Opens the Host page of a host with no code plugin installed. */
    static void openEmptyHost(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Host").setExact(true)).click();
        assertThat(page.getByText("No code plugin is installed on this host.")).isVisible();
    }

    /** Saves {@code value} for the config field {@code key}, which the server refuses: the field shows why. */
    static void saveRefusedConfigValue(Page page, String key, String value, String message) {
        page.getByLabel(key).fill(value);
        button(page, "Save").click();
        Locator field = page.locator(".field").filter(new Locator.FilterOptions().setHas(page.getByLabel(key)));
        assertThat(field.getByRole(AriaRole.ALERT)).hasText(message);
        assertThat(page.getByLabel(key)).hasAttribute("aria-invalid", "true");
    }

    /**
     * Opens the host settings, where no registry URL is set yet, has a private address refused, then
     * saves {@link #REGISTRY_URL}.
     */
    static void refuseThenSaveARegistryUrl(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings")).click();
        assertThat(page.getByLabel("Registry URL")).hasValue("");
        page.getByLabel("Registry URL").fill("http://10.0.0.1/plugins.json");
        button(page, "Save").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("not allowed");
        page.getByLabel("Registry URL").fill(REGISTRY_URL);
        button(page, "Save").click();
        assertThat(page.getByText("Saved: the catalog is read from this URL.")).isVisible();
    }
}
