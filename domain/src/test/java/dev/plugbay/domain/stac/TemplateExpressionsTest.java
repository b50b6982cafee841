package dev.plugbay.domain.stac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.plugbay.domain.error.MessageBounds;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    @Test
    void aPathOfUpToSixtyFourSegmentsAndTwoHundredFiftySixCharactersIsAccepted() {
        assertEquals(List.of(), TemplateExpressions.problems("{{" + path(64, "a") + "}}"));
        assertEquals(List.of(), TemplateExpressions.problems("{{ " + "x".repeat(256) + " }}"));
    }

    @Test
    void aPathOfMoreThanSixtyFourSegmentsIsRefused() {
        String template = "{{" + path(65, "a") + "}}";

        assertEquals(List.of("Template " + MessageBounds.quote(template) + " has a path of more than 64 segments"),
                TemplateExpressions.problems(template));
    }

    @Test
    void aPathOfMoreThanTwoHundredFiftySixCharactersIsRefused() {
        assertEquals(List.of("Template {{" + "x".repeat(98) + "… has a path longer than 256 characters"),
                TemplateExpressions.problems("{{" + "x".repeat(257) + "}}"));
    }

    @Test
    void aPathOfTwoThousandSegmentsIsRefusedWithoutRecursion() {
        String template = "{{" + path(2_000, "a") + "}}";

        assertEquals(List.of("Template " + MessageBounds.quote(template) + " has a path longer than 256 characters"),
                TemplateExpressions.problems(template));
    }

    @Test
    void everyOneOfTwoHundredThousandStrayClosingBracesIsReportedInOnePass() {
        List<String> problems = TemplateExpressions.problems("}}".repeat(200_000));

        assertEquals(200_000, problems.size());
        assertEquals(List.of(UNOPENED), problems.stream().distinct().toList());
    }

    @Test
    void aLongStringOfOpeningBracesIsOneUnclosedTemplate() {
        assertEquals(List.of(UNCLOSED), TemplateExpressions.problems("{{".repeat(200_000)));
        assertEquals(List.of("Template " + MessageBounds.quote("{{" + "{".repeat(199_998) + "}}")
                        + " has a path longer than 256 characters"),
                TemplateExpressions.problems("{".repeat(200_000) + "}}"));
    }

    private static String path(int segments, String segment) {
        return String.join(".", Collections.nCopies(segments, segment));
    }
}
