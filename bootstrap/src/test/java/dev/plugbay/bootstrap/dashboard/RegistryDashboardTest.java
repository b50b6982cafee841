package dev.plugbay.bootstrap.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.github.fake.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry page: the last sync with what it added and skipped and why, Sync now, a failed sync, and admins only. */
@ExtendWith(DashboardExtension.class)
class RegistryDashboardTest {

    @Test
    void anAdminSeesTheLastSyncAndSyncsNow(Dashboard dashboard) {
        Page page = dashboard.signedIn("root", "ADMIN");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registry")).click();
        Locator lastSync = page.locator("[role=status] p").first();
        assertThat(lastSync).containsText("Started");
        String before = lastSync.textContent();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sync now")).click();

        assertThat(lastSync).not().hasText(before);
        assertThat(lastSync).containsText("succeeded");
        assertThat(page.locator("dl.counts")).hasText("Added0Updated0Removed0Skipped1");
        Locator skipped = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Skipped entries and why"));
        assertThat(skipped).containsText("broken_version");
        assertThat(skipped).containsText("1.0");
        dashboard.assertAccessible(page, "registry");
    }

    @Test
    void aFailedSyncSaysWhyAndTheLastSyncShowsIt(Dashboard dashboard) {
        Page page = dashboard.signedIn("root", "ADMIN");
        page.navigate(dashboard.url("/#/registry"));
        assertThat(page.locator("[role=status] p").first()).containsText("Started");

        dashboard.github().inject(FakeGitHub.Server.RAW, "/", new Fault.Status(500));
        try {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sync now")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        } finally {
            dashboard.github().clearFaults();
        }
        assertThat(page.getByText("failed")).isVisible();
        assertThat(page.getByText("UPSTREAM_UNAVAILABLE")).isVisible();
    }

    @Test
    void aTokenWithoutTheAdminRoleIsToldWhy(Dashboard dashboard) {
        Page page = dashboard.signedIn("mona");
        page.navigate(dashboard.url("/#/registry"));

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("ADMIN");
    }
}
