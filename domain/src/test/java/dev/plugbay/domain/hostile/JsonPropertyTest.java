package dev.plugbay.domain.hostile;

import static dev.plugbay.domain.hostile.BoundedWork.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.testing.property.Gen;
import dev.plugbay.domain.testing.property.Property;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, "Fuzzing in the build": the JSON reader and writer. Any text is read or refused with the
 * domain's own bounded error, within a deadline, on a small stack, at any nesting limit the reader
 * supports; and whatever the reader accepts, the writer writes back as text that the reader reads to
 * an equal value (so a stored document can always be read again).
 */
class JsonPropertyTest {

    @Test
    void anyTextIsReadOrRefusedWithTheDomainsOwnErrorAtAnyDepthLimit() {
        record TextAndLimit(String text, int maxDepth) {
        }
        Gen<String> texts = Gen.oneOf(JsonInputs.anyText(), JsonInputs.documents());
        Gen<TextAndLimit> inputs = Gen.zip(texts, Gen.biasedIntegers(1, JsonReader.MAX_SUPPORTED_DEPTH), TextAndLimit::new);

        Property.forAll(inputs).tries(500).check(input ->
                answer(() -> JsonReader.parse(input.text(), input.maxDepth()))
                        .ifPresent(value -> assertWrittenAndReadBackEqual(value, input.maxDepth())));
    }

    @Test
    void whatTheReaderAcceptsTheWriterWritesBackToAnEqualValue() {
        Property.forAll(JsonInputs.documents()).tries(1_000).check(text ->
                answer(() -> JsonReader.parse(text)).ifPresent(value -> assertWrittenAndReadBackEqual(value, JsonReader.DEFAULT_MAX_DEPTH)));
    }

    private static void assertWrittenAndReadBackEqual(JsonValue value, int maxDepth) {
        String written = value.toJson();
        JsonValue readBack = answer(() -> JsonReader.parse(written, maxDepth))
                .orElseThrow(() -> new AssertionError("the reader refuses what the writer wrote: " + written));

        assertEquals(value, readBack);
        assertEquals(written, readBack.toJson(), "the written text is written again the same");
    }
}
