package dev.plugbay.domain.stac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonPointer;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StacValidatorLimitsTest {

    private static final JsonObject TEXT = widget("text");
    private static final Violation TOO_LARGE =
            Violation.at(JsonPointer.ROOT.toString(), "The ui tree is larger than 262144 bytes as compact JSON");
    /** {@code {"type":"text","data":""}}: the bytes of a text widget besides its data. */
    private static final int TEXT_WIDGET_OVERHEAD = 25;

    private final StacValidator validator = new StacValidator(StacVocabulary.DEFAULT, StacLimits.DEFAULT);

    @Test
    void defaultsAreThoseOfTheSpec() {
        assertEquals(new StacLimits(64, 5_000, 262_144), StacLimits.DEFAULT);
    }

    @ParameterizedTest(name = "maxDepth={0}, maxNodes={1}, maxSerializedBytes={2}")
    @CsvSource({"0, 5000, 262144", "1001, 5000, 262144", "64, 0, 262144", "64, 5000, 0"})
    void refusesLimitsOutsideTheirRange(int maxDepth, int maxNodes, int maxSerializedBytes) {
        assertThrows(IllegalArgumentException.class, () -> new StacLimits(maxDepth, maxNodes, maxSerializedBytes));
    }

    @Test
    void acceptsNestingOfExactlyMaxDepth() {
        assertEquals(List.of(), validator.validate(nestedContainers(64)));
    }

    @Test
    void reportsTheFirstObjectBeyondMaxDepth() {
        assertEquals(List.of(Violation.at(childChain(64).toString(), "The ui tree is nested deeper than 64 levels")),
                validator.validate(nestedContainers(65)));
    }

    @Test
    void arraysCountAsALevel() {
        JsonObject column = widget("column").with("children", JsonArray.of(TEXT));

        assertEquals(List.of(), validator.validate(wrapInContainers(column, 61)));
        assertEquals(List.of(Violation.at(childChain(62).child("children").index(0).toString(),
                        "The ui tree is nested deeper than 64 levels")),
                validator.validate(wrapInContainers(column, 62)));
    }

    @Test
    void reportsTheDepthLimitOnceAndChecksNoRuleOfATreeOverALimit() {
        JsonObject tree = widget("column").with("children", JsonArray.of(
                wrapInContainers(TEXT, 70), wrapInContainers(TEXT, 70), widget("marquee")));

        assertEquals(List.of("/children/0" + "/child".repeat(62)),
                validator.validate(tree).stream().map(Violation::pointer).toList());
    }

    @Test
    void aHundredThousandDeepTreeFailsCleanly() {
        JsonObject deep = nestedContainers(100_000);

        List<Violation> violations = validator.validate(deep);

        assertEquals(List.of(TOO_LARGE,
                Violation.at(childChain(64).toString(), "The ui tree is nested deeper than 64 levels")), violations);
    }

    @Test
    void acceptsExactlyMaxNodes() {
        assertEquals(List.of(), validator.validate(rowWithPadding(5_000 - 3)));
    }

    @Test
    void reportsTheFirstNodeBeyondMaxNodes() {
        assertEquals(List.of(Violation.at(JsonPointer.ROOT.child("padding").index(4_997).toString(),
                        "The ui tree has more than 5000 nodes")),
                validator.validate(rowWithPadding(5_000 - 3 + 1)));
    }

    @Test
    void stopsWalkingAtTheNodeLimit() {
        JsonObject tree = rowWithPadding(1_000_000)
                .with("child", widget("marquee"))
                .with("footer", wrapInContainers(TEXT, 100_000));

        List<Violation> violations = validator.validate(tree);

        assertEquals(List.of("", "/padding/4997"), violations.stream().map(Violation::pointer).toList());
    }

    @Test
    void reportsEveryLimitATreeCrossesAndNothingElse() {
        JsonObject tree = rowWithPadding(10_000).with("child", widget("marquee"))
                .with("data", new JsonString("x".repeat(300_000)));

        assertEquals(List.of(TOO_LARGE, Violation.at("/padding/4997", "The ui tree has more than 5000 nodes")),
                validator.validate(tree));
    }

    @Test
    void acceptsExactlyMaxSerializedBytes() {
        JsonObject tree = textWidgetWithData("x".repeat(262_144 - TEXT_WIDGET_OVERHEAD));

        assertEquals(262_144, tree.toJson().length());
        assertEquals(List.of(), validator.validate(tree));
    }

    @Test
    void reportsOneByteOverMaxSerializedBytesAtTheRoot() {
        JsonObject tree = textWidgetWithData("x".repeat(262_144 - TEXT_WIDGET_OVERHEAD + 1));

        assertEquals(List.of(TOO_LARGE), validator.validate(tree));
    }

    @Test
    void countsSizeInUtf8Bytes() {
        JsonObject tree = textWidgetWithData("é".repeat((262_144 - TEXT_WIDGET_OVERHEAD + 1) / 2));

        assertEquals(List.of(TOO_LARGE), validator.validate(tree));
    }

    private static JsonObject widget(String type) {
        return new JsonObject(Map.of("type", new JsonString(type)));
    }

    /** {@code levels} containers nested through {@code child}, the innermost a text widget. */
    private static JsonObject nestedContainers(int levels) {
        return wrapInContainers(TEXT, levels - 1);
    }

    private static JsonObject wrapInContainers(JsonObject innermost, int containers) {
        JsonObject tree = innermost;
        for (int i = 0; i < containers; i++) {
            tree = widget("container").with("child", tree);
        }
        return tree;
    }

    private static JsonPointer childChain(int length) {
        return new JsonPointer(Collections.nCopies(length, "child"));
    }

    /** A row with {@code numbers} numbers in {@code padding}: 3 + numbers nodes. */
    private static JsonObject rowWithPadding(int numbers) {
        List<JsonValue> padding = Collections.nCopies(numbers, JsonNumber.of(0));
        return widget("row").with("padding", new JsonArray(padding));
    }

    private static JsonObject textWidgetWithData(String data) {
        return TEXT.with("data", new JsonString(data));
    }
}
