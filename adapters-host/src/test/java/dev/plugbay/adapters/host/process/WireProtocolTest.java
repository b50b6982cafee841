package dev.plugbay.adapters.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Hook;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WireProtocolTest {

    @Test
    void readyListsTheKnownHooksAndTheUnknownNamesApartWithAnOptionalPriority() {
        assertEquals(new WireProtocol.Ready(Set.of(Hook.ON_REQUEST, Hook.ON_ACTION), List.of("onBoot"), OptionalInt.of(50)),
                WireProtocol.read("{\"type\":\"ready\",\"hooks\":[\"onRequest\",\"onBoot\",\"onAction\"],\"priority\":50}"));
        assertEquals(new WireProtocol.Ready(Set.of(), List.of(), OptionalInt.empty()),
                WireProtocol.read("{\"type\":\"ready\",\"hooks\":[],\"priority\":null}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"ready\"}",
        "{\"type\":\"ready\",\"hooks\":\"onRequest\"}",
        "{\"type\":\"ready\",\"hooks\":[\"onRequest\", 1]}",
        "{\"type\":\"ready\",\"hooks\":[],\"priority\":\"5\"}",
        "{\"type\":\"ready\",\"hooks\":[],\"priority\":10001}",
        "{\"type\":\"ready\",\"hooks\":[],\"priority\":2.5}"})
    void aMalformedReadySaysWhatIsWrong(String line) {
        assertTrue(WireProtocol.read(line) instanceof WireProtocol.MalformedReady, line);
    }

    @Test
    void aResultIsItsValueAnErrorWinsAndNeitherIsNull() {
        assertEquals(new WireProtocol.Result(3, new CallResult.Answered(JsonNumber.of(1))),
                WireProtocol.read("{\"type\":\"result\",\"id\":3,\"result\":1}"));
        assertEquals(new WireProtocol.Result(3, new CallResult.Failed("boom")),
                WireProtocol.read("{\"type\":\"result\",\"id\":3,\"result\":1,\"error\":\"boom\"}"));
        assertEquals(new WireProtocol.Result(3, new CallResult.Answered(JsonNull.INSTANCE)),
                WireProtocol.read("{\"type\":\"result\",\"id\":3}"));
        assertEquals(new WireProtocol.Result(3, new CallResult.Answered(new JsonString("x"))),
                WireProtocol.read("{\"type\":\"result\",\"id\":3.0,\"result\":\"x\",\"error\":null}"));
    }

    @Test
    void aNonStringErrorIsItsJsonText() {
        assertEquals(new WireProtocol.Result(4, new CallResult.Failed("{\"code\":7}")),
                WireProtocol.read("{\"type\":\"result\",\"id\":4,\"error\":{\"code\":7}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5", "\"1\"", "1e30"})
    void aResultWithoutAPositiveIntegerIdIsMalformed(String id) {
        assertTrue(WireProtocol.read("{\"type\":\"result\",\"id\":" + id + ",\"result\":1}") instanceof WireProtocol.MalformedResult);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "", "[1]", "{\"type\":\"log\"}", "{\"type\":7}", "{\"hooks\":[]}", "{\"type\":\"ready\"",
        "{\"a\":1,\"a\":2}"})
    void anythingElseIsNotAProtocolMessage(String line) {
        assertEquals(new WireProtocol.Other(), WireProtocol.read(line));
    }

    @Test
    void aCallIsOneLineAndOneOverOneMebibyteIsNotWritten() {
        assertEquals("{\"type\":\"call\",\"id\":9,\"hook\":\"onAction\",\"payload\":{\"a\":\"é\"}}\n",
                new String(WireProtocol.call(9, Hook.ON_ACTION, "{\"a\":\"é\"}").orElseThrow(), StandardCharsets.UTF_8));
        String envelope = "{\"type\":\"call\",\"id\":1,\"hook\":\"onAction\",\"payload\":}";
        String fits = "\"" + "x".repeat(WireProtocol.MAX_LINE_BYTES - envelope.length() - 2) + "\"";
        assertEquals(WireProtocol.MAX_LINE_BYTES + 1, WireProtocol.call(1, Hook.ON_ACTION, fits).orElseThrow().length);
        assertTrue(WireProtocol.call(1, Hook.ON_ACTION, "\"x" + fits.substring(1)).isEmpty());
    }
}
