package dev.plugbay.domain.config;

import static dev.plugbay.domain.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {

    @Test
    void roundTripsThroughJsonKeepingOrder() {
        ConfigValues values = ConfigValues.fromJson(object("{'z':1,'a':'x','m':true}"));

        assertEquals("{\"z\":1,\"a\":\"x\",\"m\":true}", values.toJson().toJson());
        assertEquals(values, ConfigValues.fromJson(values.toJson()));
        assertEquals(List.of("z", "a", "m"), List.copyOf(values.values().keySet()));
    }

    @Test
    void fromJsonDoesNotValidate() {
        assertEquals(object("{'anything':[1,{'x':2}]}"), ConfigValues.fromJson(object("{'anything':[1,{'x':2}]}")).toJson());
    }

    @Test
    void nullMeansUnsetAndIsNotStored() {
        assertEquals(object("{'b':1}"), ConfigValues.fromJson(object("{'a':null,'b':1}")).toJson());
    }

    @Test
    void cannotBeChangedThroughItsMapOrTheMapItWasBuiltFrom() {
        Map<String, JsonValue> source = new LinkedHashMap<>(Map.of("a", new JsonString("x")));
        ConfigValues values = new ConfigValues(source);

        source.put("b", new JsonString("y"));

        assertEquals(Map.of("a", new JsonString("x")), values.values());
        assertThrows(UnsupportedOperationException.class, () -> values.values().put("c", new JsonString("z")));
    }

    @Test
    void emptyHasNoValues() {
        assertEquals("{}", ConfigValues.EMPTY.toJson().toJson());
    }
}
