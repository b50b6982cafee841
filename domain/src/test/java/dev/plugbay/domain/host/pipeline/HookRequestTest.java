package dev.plugbay.domain.host.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.manifest.Hook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HOST.md "Hook route": the bodies of the three hooks. */
class HookRequestTest {

    private static JsonObject body(String text) {
        return (JsonObject) JsonReader.parse(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "onRequest|{}",
            "onRequest|{\"ctx\": []}",
            "onRequest|{\"ctx\": null}",
            "onRequest|{\"ctx\": {\"metadata\": []}}",
            "onRequest|{\"ctx\": {\"metadata\": null}}",
            "onResponse|{\"ctx\": {}}",
            "onError|{\"ctx\": {}}",
            "onError|{\"ctx\": {}, \"error\": {}}",
            "onError|{\"ctx\": {}, \"error\": {\"message\": 5}}",
            "onError|{\"ctx\": {}, \"error\": \"boom\"}"})
    void aBodyWithoutItsHooksShapeIsRefused(String hook, String body) {
        assertThrows(InvalidRequestException.class, () -> HookRequest.read(Hook.fromWireName(hook).orElseThrow(), body(body)));
    }

    @Test
    void theThreeShapesAreRead() {
        assertEquals("{\"a\":1}", HookRequest.read(Hook.ON_REQUEST, body("{\"ctx\": {\"a\": 1}, \"extra\": 2}")).ctx().toJson());
        assertEquals("null", HookRequest.read(Hook.ON_RESPONSE, body("{\"ctx\": {}, \"response\": null}")).second()
                .orElseThrow().toJson());
        assertEquals("{\"message\":\"m\",\"code\":5}", HookRequest.read(Hook.ON_ERROR,
                body("{\"ctx\": {\"metadata\": {}}, \"error\": {\"message\": \"m\", \"code\": 5}}")).second().orElseThrow().toJson());
    }

    @Test
    void lifecycleHooksAreNoPipeline() {
        assertThrows(IllegalArgumentException.class, () -> HookRequest.read(Hook.ON_ACTIVATE, body("{\"ctx\": {}}")));
    }
}
