package dev.plugbay.domain.stac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.plugbay.domain.testing.JsonText;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.InvalidStacException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonPointer;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StacValidatorTest {

    private final StacValidator validator = new StacValidator(StacVocabulary.DEFAULT, StacLimits.DEFAULT);

    /** The {@code ui} trees of shared/fixtures/registry/plugins, copied verbatim. */
    static Stream<Arguments> fixtureTrees() {
        return Stream.of(
                arguments("digital_clock", """
                        {
                          "type": "container",
                          "decoration": { "color": "#FFFFFF", "borderRadius": { "topLeft": 16, "topRight": 16, "bottomLeft": 16, "bottomRight": 16 } },
                          "child": { "type": "center", "child": { "type": "text", "data": "{{clock.time}}", "style": { "color": "#101010", "fontSize": 24 } } }
                        }"""),
                arguments("quality_checker", """
                        {
                          "type": "container",
                          "layout": "vertical",
                          "children": [
                            { "type": "text", "content": "Quality Score: {{asset.qualityScore}}" },
                            { "type": "button", "label": "Run Check", "action": { "method": "runQualityCheck", "params": { "assetId": "{{asset.id}}" } } }
                          ]
                        }"""),
                arguments("stock-alerts", """
                        {
                          "type": "row",
                          "children": [
                            { "type": "icon", "icon": "warning", "color": "#E53935" },
                            { "type": "text", "data": "{{inventory.lowStockCount}} items below minimum" },
                            { "type": "textButton", "child": { "type": "text", "data": "Show" },
                              "onPressed": { "actionType": "navigate", "routeName": "/inventory?filter=low" } }
                          ]
                        }"""),
                arguments("who_am_i", """
                        {
                          "type": "elevatedButton",
                          "child": { "type": "text", "data": "Who am I?" },
                          "onPressed": { "actionType": "invenicum_sdk", "method": "getUserName", "params": {} }
                        }"""),
                arguments("broken_version (its ui is fine; its version is not)", """
                        { "type": "text", "data": "never imported" }"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureTrees")
    void acceptsTheFixtureTrees(String fixture, String ui) {
        assertEquals(List.of(), validator.validate(JsonText.json(ui)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        """
        {"type": "column", "children": [
          {"type": "text", "data": "{{ clock.time }} and {{_a1.b_2}}, plain {braces} too"},
          {"type": "image", "src": "https://cdn.example.com/logo.png"},
          {"type": "image", "src": "/assets/logo.png"},
          {"type": "listTile", "image": {"type": "image", "src": "images/a.png"}}
        ]}""",
        """
        {"type": "textButton", "onPressed": {"actionType": "networkRequest",
          "url": "https://api.example.com/ssdp", "method": "M-SEARCH", "params": ["not", "a", "method", "call"]}}""",
        """
        {"type": "text", "data": "x", "method": "not checked on widgets", "params": 1}"""})
    void acceptsWhatNoRuleForbids(String ui) {
        assertEquals(List.of(), validator.validate(JsonText.json(ui)));
    }

    static Stream<Arguments> singleViolations() {
        return Stream.of(
                arguments("unknown widget", """
                        {"type": "row", "children": [{"type": "text", "data": "a"}, {"type": "fancyCarousel"}]}""",
                        "/children/1", "Unknown widget type: fancyCarousel"),
                arguments("non-string widget type", """
                        {"type": "row", "children": [{"type": 5}]}""",
                        "/children/0", "Expected a string widget type, got number"),
                arguments("unknown actionType", """
                        {"type": "center", "child": {"type": "elevatedButton", "onPressed": {"actionType": "launchRockets"}}}""",
                        "/child/onPressed", "Unknown actionType: launchRockets"),
                arguments("non-string actionType", """
                        {"type": "elevatedButton", "onPressed": {"actionType": true}}""",
                        "/onPressed", "Expected a string actionType, got boolean"),
                arguments("method with a hyphen", """
                        {"type": "button", "action": {"method": "run-check", "params": {}}}""",
                        "/action", "Action method must be an identifier, got: run-check"),
                arguments("method starting with a digit", """
                        {"type": "button", "action": {"method": "1run"}}""",
                        "/action", "Action method must be an identifier, got: 1run"),
                arguments("empty method", """
                        {"type": "button", "action": {"method": ""}}""",
                        "/action", "Action method must be an identifier"),
                arguments("non-string method", """
                        {"type": "button", "action": {"method": 3}}""",
                        "/action", "Action method must be a string, got number"),
                arguments("invenicum_sdk method with a space", """
                        {"type": "elevatedButton", "onPressed": {"actionType": "invenicum_sdk", "method": "get user"}}""",
                        "/onPressed", "Action method must be an identifier, got: get user"),
                arguments("params not an object", """
                        {"type": "button", "action": {"method": "run", "params": [1]}}""",
                        "/action", "Action params must be an object, got array"),
                arguments("invenicum_sdk params not an object", """
                        {"type": "elevatedButton", "onPressed": {"actionType": "invenicum_sdk", "method": "run", "params": "x"}}""",
                        "/onPressed", "Action params must be an object, got string"),
                arguments("empty template", """
                        {"type": "text", "data": "{{}}"}""",
                        "/data", "Template {{}} must name a dotted identifier path"),
                arguments("template with an empty segment", """
                        {"type": "text", "data": "{{a..b}}"}""",
                        "/data", "Template {{a..b}} must name"),
                arguments("template with a space", """
                        {"type": "text", "data": "{{a b}}"}""",
                        "/data", "Template {{a b}} must name"),
                arguments("template starting with a digit", """
                        {"type": "text", "data": "{{1x}}"}""",
                        "/data", "Template {{1x}} must name"),
                arguments("unclosed template", """
                        {"type": "text", "data": "Hello {{user.name"}""",
                        "/data", "'{{' without a matching '}}'"),
                arguments("unopened template", """
                        {"type": "text", "data": "Hello user.name}}"}""",
                        "/data", "'}}' without a matching '{{'"),
                arguments("bad template deep in action params", """
                        {"type": "button", "action": {"method": "run", "params": {"ids": ["{{asset.id}}", "{{asset id}}"]}}}""",
                        "/action/params/ids/1", "Template {{asset id}} must name"),
                arguments("javascript: in src", """
                        {"type": "image", "src": "javascript:alert(1)"}""",
                        "/src", "URL scheme not allowed: javascript"),
                arguments("data: in url", """
                        {"type": "elevatedButton", "onPressed": {"actionType": "networkRequest", "url": "data:text/html,x"}}""",
                        "/onPressed/url", "URL scheme not allowed: data"),
                arguments("file: in image", """
                        {"type": "circleAvatar", "image": "file:///etc/passwd"}""",
                        "/image", "URL scheme not allowed: file"),
                arguments("http: in href", """
                        {"type": "text", "data": "x", "href": "http://example.com"}""",
                        "/href", "URL scheme not allowed: http"),
                arguments("mixed-case javascript: with whitespace tricks", """
                        {"type": "image", "src": " \\u0001JaVa\\tScR\\nIpT:alert(1) "}""",
                        "/src", "URL scheme not allowed: javascript"),
                arguments("protocol-relative URL", """
                        {"type": "image", "src": "//evil.tld/x.png"}""",
                        "/src", "Protocol-relative URL is not allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleViolations")
    void reportsEachRuleAtItsPointer(String rule, String ui, String pointer, String messageFragment) {
        List<Violation> violations = validator.validate(JsonText.json(ui));

        assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
        assertEquals(pointer, violations.get(0).pointer());
        assertTrue(violations.get(0).message().contains(messageFragment),
                () -> "'" + violations.get(0).message() + "' should contain '" + messageFragment + "'");
    }

    static Stream<Arguments> badRoots() {
        return Stream.of(
                arguments("[{\"type\": \"text\"}]", "The ui root must be a JSON object, got array"),
                arguments("\"text\"", "The ui root must be a JSON object, got string"),
                arguments("null", "The ui root must be a JSON object, got null"),
                arguments("{}", "The ui root must be a widget with a type"),
                arguments("{\"data\": \"hello\"}", "The ui root must be a widget with a type"),
                arguments("{\"type\": 1}", "Expected a string widget type, got number"),
                arguments("{\"type\": null}", "Expected a string widget type, got null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRoots")
    void requiresAWidgetAtTheRoot(String ui, String message) {
        assertEquals(List.of(Violation.at(JsonPointer.ROOT.toString(), message)),
                validator.validate(JsonText.json(ui)));
    }

    @Test
    void reportsEveryViolationTogetherInDocumentOrder() {
        List<Violation> violations = validator.validate(JsonText.json("""
                {"type": "column", "children": [
                  {"type": "marquee", "data": "{{a b}}"},
                  {"type": "image", "src": "javascript:alert(1)"},
                  {"type": "button", "action": {"method": "do-it", "params": 7}},
                  {"type": "textButton", "onPressed": {"actionType": "selfDestruct"}}
                ]}"""));

        assertEquals(List.of("/children/0", "/children/0/data", "/children/1/src", "/children/2/action",
                "/children/2/action", "/children/3/onPressed"),
                violations.stream().map(Violation::pointer).toList());
    }

    @Test
    void reportsTheUrlsOfOneObjectInMemberOrder() {
        List<Violation> violations = validator.validate(JsonText.json("""
                {"type": "image", "src": "javascript:alert(1)", "href": "http://a.example", "url": "file:/x",
                 "image": "data:,x"}"""));

        assertEquals(List.of("/src", "/href", "/url", "/image"),
                violations.stream().map(Violation::pointer).toList());
    }

    @Test
    void requireValidThrowsInvalidStacWithAllViolations() {
        InvalidStacException thrown = assertThrows(InvalidStacException.class, () -> validator.requireValid(
                JsonText.json("{\"type\": \"row\", \"children\": [{\"type\": \"blink\"}, {\"type\": \"marquee\"}]}")));

        assertEquals(ErrorCode.INVALID_STAC, thrown.code());
        assertEquals(List.of("/children/0", "/children/1"),
                thrown.violations().stream().map(Violation::pointer).toList());
        assertTrue(thrown.getMessage().startsWith("Invalid STAC ui: /children/0: Unknown widget type: blink"),
                thrown.getMessage());
    }

    @Test
    void requireValidAcceptsAValidTree() {
        validator.requireValid(JsonText.json("{\"type\": \"text\", \"data\": \"{{asset.name}}\"}"));
    }

    @Test
    void acceptsConfiguredExtraWidgetAndActionTypes() {
        String ui = """
                {"type": "assetCard", "onTap": {"actionType": "openAsset", "id": "{{asset.id}}"}}""";
        StacValidator withExtras = new StacValidator(
                StacVocabulary.DEFAULT.withExtras(Set.of("assetCard"), Set.of("openAsset")), StacLimits.DEFAULT);

        assertEquals(List.of(), withExtras.validate(JsonText.json(ui)));
        assertEquals(List.of("Unknown widget type: assetCard", "Unknown actionType: openAsset"),
                validator.validate(JsonText.json(ui)).stream().map(Violation::message).toList());
    }
}
