package dev.plugbay.domain.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.testing.JsonText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonValueTest {

    @Test
    void compactTextKeepsMemberOrderAndEscapes() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("z", JsonNumber.of(1));
        members.put("a", new JsonString("quote \" backslash \\ newline \n tab \t nul \u0000 bell \u0007"));
        members.put("list", JsonArray.of(JsonBoolean.TRUE, JsonNull.INSTANCE, new JsonNumber(new BigDecimal("1.50"))));

        String text = new JsonObject(members).toJson();

        assertEquals("{\"z\":1,\"a\":\"quote \\\" backslash \\\\ newline \\n tab \\t nul \\u0000 bell \\u0007\","
                + "\"list\":[true,null,1.50]}", text);
        assertEquals(new JsonObject(members), JsonText.json(text));
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "''|''",
        "child|/child",
        "a/b|/a~1b",
        "m~n|/m~0n"})
    void pointersEscapeTheirTokens(String token, String expected) {
        JsonPointer pointer = token.isEmpty() ? JsonPointer.ROOT : JsonPointer.ROOT.child(token);
        assertEquals(expected, pointer.toString());
    }

    @Test
    void pointersNameNestedNodes() {
        JsonPointer pointer = JsonPointer.ROOT.child("children").index(1).child("onPressed");

        assertEquals("/children/1/onPressed", pointer.toString());
        assertEquals(3, pointer.depth());
        assertEquals(List.of("children", "1", "onPressed"), pointer.tokens());
    }

    @Test
    void objectsAreImmutableCopies() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("a", JsonNumber.of(1));
        JsonObject object = new JsonObject(members);
        members.put("b", JsonNumber.of(2));

        assertEquals(1, object.members().size());
        assertEquals(2, object.with("b", JsonNumber.of(2)).members().size());
        assertEquals(1, object.members().size());
    }

    @Test
    void aPointerTextIsCutAndCostsNoMoreThanItsBound() {
        String hugeName = "k".repeat(1_000_000);
        JsonPointer pointer = JsonPointer.ROOT.child(hugeName).index(3);

        assertEquals("/" + "k".repeat(MessageBounds.MAX_LOCATION_LENGTH - 2) + "…", pointer.toString());
        assertEquals(List.of(hugeName, "3"), pointer.tokens());
    }

    @Test
    void aHundredThousandDeepValueIsWrittenWithoutExhaustingTheStack() {
        JsonValue deep = JsonArray.of();
        for (int i = 0; i < 100_000; i++) {
            deep = JsonArray.of(deep);
        }

        assertEquals("[".repeat(100_001) + "]".repeat(100_001), deep.toJson());
    }

    @Test
    void objectsAndArraysNestedInEachOtherAreWrittenInOrder() {
        JsonValue value = JsonText.json("{\"a\":[{\"b\":[1,{}]},[],2],\"c\":{\"d\":\"e\"},\"f\":[[null]]}");

        assertEquals("{\"a\":[{\"b\":[1,{}]},[],2],\"c\":{\"d\":\"e\"},\"f\":[[null]]}", value.toJson());
    }

    @ParameterizedTest(name = "{0} bytes allowed")
    @CsvSource({"9, true", "8, false", "6, false"})
    void serializesWithinComparesTheUtf8SizeOfTheCompactText(int maxBytes, boolean fits) {
        // ["é€"] is 6 characters and 9 bytes.
        assertEquals(fits, JsonArray.of(new JsonString("é€")).serializesWithin(maxBytes));
    }
}
