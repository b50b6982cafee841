package dev.plugbay.adapters.rest;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.Arrays;

/** Small JSON values for building manifests in tests. */
final class JsonValueFixtures {

    private JsonValueFixtures() {
    }

    static JsonArray strings(String... values) {
        return new JsonArray(Arrays.stream(values).<JsonValue>map(JsonString::new).toList());
    }
}
