package dev.plugbay.domain.stac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateExpressionsTest {

    private static final String UNCLOSED = "Unbalanced template: '{{' without a matching '}}'";
    private static final String UNOPENED = "Unbalanced template: '}}' without a matching '{{'";

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "", "no templates", "{{asset.id}}", "{{ clock.time }}", "{{\tuser.name\n}}", "{{_private}}",
        "{{a1.b_2.C3}}", "{{a}}{{b}}", "Score: {{asset.qualityScore}} / 100", "{single} braces } {",
        "{{a}}}", "{ {a} }"})
    void acceptsBalancedDottedIdentifierPaths(String text) {
        assertEquals(List.of(), TemplateExpressions.problems(text));
    }

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                arguments("{{}}", List.of("Template {{}} must name a dotted identifier path such as {{asset.id}}")),
                arguments("{{   }}", List.of("Template {{   }} must name a dotted identifier path such as {{asset.id}}")),
                arguments("{{a..b}}", List.of("Template {{a..b}} must name a dotted identifier path such as {{asset.id}}")),
                arguments("{{a b}}", List.of("Template {{a b}} must name a dotted identifier path such as {{asset.id}}")),
                arguments("{{1x}}", List.of("Template {{1x}} must name a dotted identifier path such as {{asset.id}}")),
                arguments("{{.a}}", List.of("Template {{.a}} must name a dotted identifier path such as {{asset.id}}")),
                arguments("{{a.}}", List.of("Template {{a.}} must name a dotted identifier path such as {{asset.id}}")),
                arguments("{{a-b}}", List.of("Template {{a-b}} must name a dotted identifier path such as {{asset.id}}")),
                arguments("{{{a}}", List.of("Template {{{a}} must name a dotted identifier path such as {{asset.id}}")),
                arguments("{{", List.of(UNCLOSED)),
                arguments("Hi {{user.name", List.of(UNCLOSED)),
                arguments("}}", List.of(UNOPENED)),
                arguments("user.name}} done", List.of(UNOPENED)),
                arguments("{{a}} }} {{b}}", List.of(UNOPENED)),
                arguments("}} {{ok}} {{1bad}} {{", List.of(UNOPENED,
                        "Template {{1bad}} must name a dotted identifier path such as {{asset.id}}", UNCLOSED)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("brokenTemplates")
    void reportsEachBrokenExpressionInOrder(String text, List<String> expected) {
        assertEquals(expected, TemplateExpressions.problems(text));
    }
}
