package dev.plugbay.bootstrap.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.plugbay.bootstrap.dashboard.Buttons.button;
import static dev.plugbay.bootstrap.MarketplaceApi.find;
import static dev.plugbay.bootstrap.MarketplaceApi.ids;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.post;
import static dev.plugbay.bootstrap.MarketplaceApi.put;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.plugbay.bootstrap.HttpCalls;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonReader;
import io.micronaut.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in and out, browsing, installing, toggling and updating, in headless Chromium. */
@ExtendWith(DashboardExtension.class)
class MarketplaceDashboardTest {

    @Test
    void aPastedTokenSignsInForThisTabOnlyAndSignOutForgetsIt(Dashboard dashboard) {
        Page page = dashboard.newPage();
        page.navigate(dashboard.url("/"));
        dashboard.assertAccessible(page, "sign-in");

        page.getByLabel("Token").fill("not.a.token");
        button(page, "Sign in").click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(serverMessageFor("not.a.token", dashboard));

        page.getByLabel("Token").fill(dashboard.token("carol"));
        button(page, "Sign in").click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Marketplace"))).isVisible();
        for (String link : List.of("Installed", "Author", "Host", "Registry")) {
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link))).isVisible();
        }
        assertTrue(((String) page.evaluate("sessionStorage.getItem('plugbay.token')")).startsWith("ey"));
        assertEquals(List.of(), page.context().cookies(), "the token is never a cookie");

        button(page, "Sign out").click();
        assertThat(page.getByLabel("Token")).isVisible();
        assertEquals(null, page.evaluate("sessionStorage.getItem('plugbay.token')"));
    }

    @Test
    void aTokenInTheFragmentSignsInAndLeavesTheAddressBar(Dashboard dashboard) {
        Page page = dashboard.newPage();
        List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(request -> requested.add(request.url()));

        page.navigate(dashboard.url("/#token=" + dashboard.token("dora")));

        assertThat(button(page, "Sign out")).isVisible();
        assertEquals(dashboard.url("/"), page.url(), "the fragment is gone from the address bar");
        assertTrue(requested.stream().noneMatch(url -> url.contains("token=") || url.contains("ey")), requested::toString);
        page.goBack();
        assertTrue(!page.url().contains("token"), "nor is it in the history: " + page.url());
    }

    @Test
    void aTokenTheServerRefusesBringsBackTheSignInWithItsMessage(Dashboard dashboard) {
        Page page = dashboard.signedIn("erin");

        page.evaluate("sessionStorage.setItem('plugbay.token', 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl')");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Installed")).click();

        assertThat(page.getByLabel("Token")).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText(serverMessageFor("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl", dashboard));
    }

    @Test
    void searchInstallToggleSeeTheUiRenderedAndUninstall(Dashboard dashboard) {
        Page page = dashboard.signedIn("frank");

        page.getByLabel("Search plugins").fill("clock");
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasCount(1);
        Locator card = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Digital Clock"));
        assertThat(card).containsText("by clockmaker");
        assertThat(card).containsText("version 1.2.0");
        assertThat(card).containsText("41 downloads");
        assertThat(card).containsText("Official");
        dashboard.assertAccessible(page, "marketplace");

        button(card, "Install").click();
        assertThat(button(card, "Uninstall")).isFocused();
        assertThat(card).containsText("42 downloads");
        Locator active = card.getByLabel("Active");
        boolean activeOnInstall = member(find(installed(dashboard, "frank"), "digital_clock"), "isActive") == JsonBoolean.TRUE;
        assertEquals(activeOnInstall, active.isChecked(), "the switch shows what the server says");
        active.uncheck();
        assertThat(card).containsText("Installed, inactive");
        assertEquals(JsonBoolean.FALSE, member(find(installed(dashboard, "frank"), "digital_clock"), "isActive"));
        active.check();
        assertThat(card).containsText("Installed, active");
        assertEquals(JsonBoolean.TRUE, member(find(installed(dashboard, "frank"), "digital_clock"), "isActive"));

        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Digital Clock")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Digital Clock").setLevel(1)))
                .isVisible();
        Locator preview = page.locator(".stac-surface");
        assertThat(preview).hasText("10:42", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                .setUseInnerText(true));
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("1.2.0");
        assertThat(page.getByLabel("Active")).isChecked();
        dashboard.assertAccessible(page, "plugin-detail");

        button(page, "Uninstall").click();
        assertThat(button(page, "Install")).isVisible();
        assertEquals(List.of(), ids(installed(dashboard, "frank")));
    }

    @Test
    void theSlotFilterAndTheSortNarrowAndOrderTheCards(Dashboard dashboard) {
        Page page = dashboard.signedIn("gina");
        assertThat(page.getByRole(AriaRole.ARTICLE).first()).hasAccessibleName("Digital Clock");
        dashboard.screenshot(page, "marketplace-all");

        page.getByLabel("Slot").selectOption("asset_detail");
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasCount(1);
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasAccessibleName("Data Quality Checker");

        page.getByLabel("Slot").selectOption("");
        page.getByLabel("Sort").selectOption("name");
        page.waitForFunction("""
                () => {
                  const names = [...document.querySelectorAll('article h3')].map((heading) => heading.textContent.toLowerCase());
                  return names.length > 1 && names.every((name, i) => i === 0 || names[i - 1] <= name);
                }""");
        List<String> names = page.locator("article h3").allTextContents();
        assertTrue(names.indexOf("Data Quality Checker") < names.indexOf("Digital Clock")
                && names.indexOf("Digital Clock") < names.indexOf("Who Am I"), names::toString);
    }

    @Test
    void pagesFollowTheLinkHeader(Dashboard dashboard) {
        for (int n = 1; n <= 25; n++) {
            dashboard.api().call("pager", post("/api/v1/plugins", """
                    {"id": "paged_%02d", "name": "Paged %02d", "slot": "dashboard_top", "tags": ["paging-demo"],
                     "isPublic": false, "ui": {"type": "text", "data": "Page card"}}
                    """.formatted(n, n)), 201);
        }
        Page page = dashboard.signedIn("pager");

        page.getByLabel("Tag").fill("paging-demo");
        page.getByLabel("Sort").selectOption("name");
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasCount(24);
        assertThat(page.getByText("25 plugins found, page 1.")).isVisible();
        button(page, "Next page").click();

        assertThat(page.getByRole(AriaRole.ARTICLE)).hasCount(1);
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasAccessibleName("Paged 25");
        button(page, "Previous page").click();
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasCount(24);
    }

    @Test
    void theInstalledPageOffersTheUpdateThatHasUpdateAnnounces(Dashboard dashboard) {
        dashboard.api().call("hank", post("/api/v1/plugins", """
                {"id": "update_me", "name": "Update Me", "version": "1.0.0", "slot": "dashboard_top",
                 "ui": {"type": "text", "data": "Version one"}}
                """), 201);
        dashboard.api().call("ivy", post("/api/v1/plugins/install", "{\"id\": \"update_me\"}"), 201);
        dashboard.api().call("hank", put("/api/v1/plugins/update_me", """
                {"version": "1.1.0", "name": "Update Me", "slot": "dashboard_top", "ui": {"type": "text", "data": "Version two"}}
                """), 200);
        Page page = dashboard.signedIn("ivy");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Installed")).click();
        Locator card = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Update Me"));
        assertThat(card).containsText("Update available: 1.1.0");
        assertThat(card).containsText("version 1.0.0");
        dashboard.assertAccessible(page, "installed");
        button(card, "Update").click();

        assertThat(card).containsText("version 1.1.0");
        assertThat(button(card, "Update")).hasCount(0);
        assertEquals("1.1.0", text(find(installed(dashboard, "ivy"), "update_me"), "installedVersion"));
    }

    @Test
    void theKeyboardAloneInstallsAPlugin(Dashboard dashboard) {
        Page page = dashboard.signedIn("jack");
        page.getByLabel("Search plugins").fill("who am");
        Locator card = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Who Am I"));
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasCount(1);

        for (int presses = 0; presses < 20 && !button(card, "Install").evaluate("b => b === document.activeElement")
                .equals(Boolean.TRUE); presses++) {
            page.keyboard().press("Tab");
        }
        page.keyboard().press("Enter");

        assertThat(button(card, "Uninstall")).isFocused();
        boolean wasActive = card.getByLabel("Active").isChecked();
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Space");
        assertThat(card.getByLabel("Active")).isChecked(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsCheckedOptions().setChecked(!wasActive));
        assertThat(card.getByLabel("Active")).isFocused();
    }

    private static dev.plugbay.domain.json.JsonValue installed(Dashboard dashboard, String user) {
        return dashboard.api().call(user, HttpRequest.GET("/api/v1/plugins/installed"), 200);
    }

    /** What the server itself answers a request made with this token. */
    private static String serverMessageFor(String token, Dashboard dashboard) {
        String body = HttpCalls.body(HttpCalls.exchange(dashboard.client(),
                HttpRequest.GET("/api/v1/plugins/installed").bearerAuth(token)));
        return text(JsonReader.parse(body), "message");
    }
}
