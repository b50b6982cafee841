package dev.plugbay.bootstrap.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The author's editor: server validation as they type, errors at their field or ui node, live preview, publish and save. */
@ExtendWith(DashboardExtension.class)
class AuthorDashboardTest {

    private static final String BROKEN_UI = """
            {"type": "center", "child": {"type": "marquee", "data": "Hi"}}""";
    private static final String FIXED_UI = """
            {"type": "card", "child": {"type": "padding", "padding": 16, "child": {"type": "column", "children": [
              {"type": "text", "data": "Hello {{ user.name }}", "style": {"fontSize": 20, "fontWeight": "bold"}},
              {"type": "divider"},
              {"type": "row", "children": [{"type": "icon", "icon": "star"}, {"type": "text", "data": "Starred"}]},
              {"type": "elevatedButton", "child": {"type": "text", "data": "Say hi"}}
            ]}}}""";

    @Test
    void aStacErrorIsShownAtItsPointerThenFixedPreviewedAndPublished(Dashboard dashboard) {
        Page page = dashboard.signedIn("kate");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Author")).click();

        page.getByLabel("Id").fill("greeting_card");
        page.getByLabel("Name").fill("Greeting Card");
        page.getByLabel("Version").fill("1.0.0");
        page.getByLabel("Slot").fill("dashboard_top");
        page.getByLabel("UI (STAC JSON)").fill(BROKEN_UI);

        Locator alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).hasCount(1);
        assertThat(alert).containsText("/child");
        assertEquals("/child", alert.evaluate("alert => alert.nextElementSibling.dataset.pointer"),
                "the alert stands right before the node its pointer names");
        assertThat(page.locator("[data-pointer='/child']")).hasClass(java.util.regex.Pattern.compile("has-error"));
        assertThat(page.getByLabel("UI (STAC JSON)")).hasAttribute("aria-invalid", "true");
        dashboard.assertAccessible(page, "author-error");

        page.getByLabel("UI (STAC JSON)").fill(FIXED_UI);
        Locator preview = page.locator(".preview-pane .stac-surface");
        assertThat(page.getByText("Valid: greeting_card 1.0.0.")).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        assertThat(preview).containsText("Hello Ada");
        assertThat(preview.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Say hi"))).isVisible();
        page.getByLabel("Sample context (JSON)").fill("{\"user\": {\"name\": \"Grace\"}}");
        assertThat(preview).containsText("Hello Grace");
        dashboard.assertAccessible(page, "author");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();

        Locator result = page.locator(".result");
        assertThat(result).containsText("Published greeting_card 1.0.0.");
        assertThat(result.getByRole(AriaRole.LINK)).hasAttribute("href",
                java.util.regex.Pattern.compile("^https://github\\.com/.+/pull/\\d+$"));
        JsonValue created = dashboard.api().call("kate", HttpRequest.GET("/api/v1/plugins/greeting_card"), 200);
        assertEquals("kate", text(created, "author"));
        assertEquals("Greeting Card", text(created, "name"));

        Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"));
        assertThat(save).isVisible();
        assertThat(page.getByLabel("Id")).not().isEditable();
        page.getByLabel("Version").fill("1.0.1");
        assertThat(page.getByText("Valid: greeting_card 1.0.1.")).isVisible();
        save.click();
        assertThat(result).containsText("Saved greeting_card 1.0.1.");
        assertEquals("1.0.1", text(dashboard.api().call("kate", HttpRequest.GET("/api/v1/plugins/greeting_card"), 200),
                "latestVersion"));
    }

    @Test
    void fieldErrorsStandBesideTheirFieldsAndAConflictIsExplained(Dashboard dashboard) {
        Page page = dashboard.signedIn("liam");
        page.navigate(dashboard.url("/#/author"));

        page.getByLabel("Id").fill("Not An Id");
        page.getByLabel("Version").fill("v1");

        Locator idField = page.locator(".field").filter(new Locator.FilterOptions().setHas(page.getByLabel("Id")));
        Locator versionField = page.locator(".field").filter(new Locator.FilterOptions().setHas(page.getByLabel("Version")));
        assertThat(idField.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(versionField.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(page.getByLabel("Version")).hasAttribute("aria-invalid", "true");

        page.getByLabel("UI (STAC JSON)").fill("{\"type\": ");
        Locator uiField = page.locator(".field").filter(new Locator.FilterOptions().setHas(page.getByLabel("UI (STAC JSON)")));
        assertThat(uiField.getByRole(AriaRole.ALERT)).containsText("Not valid JSON");

        page.getByLabel("Id").fill("digital_clock");
        page.getByLabel("Version").fill("9.0.0");
        page.getByLabel("UI (STAC JSON)").fill("{\"type\": \"text\", \"data\": \"Mine\"}");
        assertThat(page.getByText("Valid: digital_clock 9.0.0.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(page.locator(".result").getByRole(AriaRole.ALERT)).containsText("already exists");
    }
}
