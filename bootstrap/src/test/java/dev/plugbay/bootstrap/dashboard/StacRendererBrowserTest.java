package dev.plugbay.bootstrap.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The browser STAC renderer on its own, in the page the dashboard serves: every widget it draws, and what it never does. */
@ExtendWith(DashboardExtension.class)
class StacRendererBrowserTest {

    private static final String TREE = """
            {"type": "column", "children": [
              {"type": "container", "color": "#FF0000", "padding": 8, "child": {"type": "text", "data": "In a box"}},
              {"type": "row", "children": [{"type": "expanded", "child": {"type": "text", "data": "Left"}}, {"type": "spacer"},
                                           {"type": "sizedBox", "width": 10, "height": 10}]},
              {"type": "padding", "padding": {"left": 4}, "child": {"type": "center", "child": {"type": "text", "data": "{{ user.name }} and {{ missing.value }}"}}},
              {"type": "card", "child": {"type": "listTile", "leading": {"type": "icon", "icon": "home"},
                                         "title": {"type": "text", "data": "Tile"}, "subtitle": {"type": "text", "data": "Sub"}}},
              {"type": "listView", "children": [{"type": "divider"}]},
              {"type": "button", "text": "Plain"},
              {"type": "textButton", "child": {"type": "text", "data": "Text"}},
              {"type": "outlinedButton", "child": {"type": "text", "data": "Outlined"}},
              {"type": "filledButton", "child": {"type": "text", "data": "Filled"}},
              {"type": "iconButton", "icon": {"type": "icon", "icon": "settings"}, "tooltip": "Settings"},
              {"type": "image", "src": "https://images.example/cat.png", "semanticLabel": "A cat"},
              {"type": "image", "src": "http://images.example/plain.png"},
              {"type": "image", "src": "javascript:alert(1)"},
              {"type": "text", "data": "<img src=x onerror=\\"window.hacked=1\\"><b>bold</b>"},
              {"type": "slider", "value": 3},
              {"type": "constructor"}, {"type": "__proto__"}
            ]}""";

    @Test
    void everyWidgetIsDrawnTextStaysTextAndOnlyHttpsImagesLoad(Dashboard dashboard) {
        Page page = dashboard.newPage();
        page.route("https://images.example/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(204)));
        page.navigate(dashboard.url("/"));

        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) page.evaluate("""
                async (tree) => {
                  const {renderStac} = await import('/dashboard/js/stac.js');
                  const root = renderStac(JSON.parse(tree), {user: {name: 'Ada'}});
                  document.getElementById('main').replaceChildren(root);
                  return {
                    pointers: [...root.querySelectorAll('[data-pointer]')].map((e) => e.dataset.pointer).length + 1,
                    text: root.innerText,
                    images: [...root.querySelectorAll('img')].map((image) => image.getAttribute('src')),
                    links: root.querySelectorAll('a, script, iframe, [onerror], [href]').length,
                    buttons: [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') || b.textContent),
                    placeholders: [...root.querySelectorAll('[role=group]')].map((e) => e.getAttribute('aria-label')),
                    bold: root.querySelectorAll('b').length,
                    hacked: window.hacked === 1,
                    rowPointer: root.querySelector('.stac-row').dataset.pointer,
                    boxColor: getComputedStyle(root.querySelector('.stac-container')).backgroundColor,
                  };
                }""", TREE);

        String text = (String) drawn.get("text");
        assertTrue(text.contains("In a box") && text.contains("Left") && text.contains("Tile") && text.contains("Sub"), text);
        assertTrue(text.contains("Ada and {{ missing.value }}"), "known templates are filled, unknown ones stay: " + text);
        assertTrue(text.contains("<img src=x onerror=\"window.hacked=1\"><b>bold</b>"), "markup stays text: " + text);
        assertEquals(0, ((Number) drawn.get("bold")).intValue());
        assertEquals(false, drawn.get("hacked"));
        assertEquals(0, ((Number) drawn.get("links")).intValue(), "no link, script, handler or href from a plugin");
        assertEquals(List.of("https://images.example/cat.png"), drawn.get("images"), "only the https image loads");
        assertTrue(text.contains("Image not shown: only https URLs are loaded"), text);
        assertEquals(List.of("Plain", "Text", "Outlined", "Filled", "Settings"), drawn.get("buttons"));
        assertEquals(List.of("slider widget", "constructor widget", "__proto__ widget"), drawn.get("placeholders"));
        assertEquals("/children/1", drawn.get("rowPointer"));
        assertEquals("rgb(255, 0, 0)", drawn.get("boxColor"));
    }
}
