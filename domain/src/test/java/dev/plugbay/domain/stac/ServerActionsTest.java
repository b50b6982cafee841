package dev.plugbay.domain.stac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.domain.json.JsonReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RUNTIME.md "Action bridge": which STAC action objects run on the server. */
class ServerActionsTest {

    @Test
    void theQualityCheckersButtonNamesRunQualityCheck() {
        String ui = """
                {"type": "container", "children": [
                  {"type": "text", "content": "Quality Score: {{asset.qualityScore}}"},
                  {"type": "button", "label": "Run Check", "action": {"method": "runQualityCheck", "params": {"assetId": "{{asset.id}}"}}}
                ]}""";

        assertEquals(Set.of("runQualityCheck"), ServerActions.methods(JsonReader.parse(ui)));
    }

    @Test
    void anObjectWithAnActionTypeIsAClientActionAndAMethodMustBeAString() {
        String ui = """
                {"type": "column", "children": [
                  {"type": "button", "onPressed": {"actionType": "invenicum_sdk", "method": "getUserName", "params": {}}},
                  {"type": "button", "onPressed": {"method": 5}},
                  {"type": "button", "onPressed": {"method": "refresh"}}
                ]}""";

        assertEquals(Set.of("refresh"), ServerActions.methods(JsonReader.parse(ui)));
    }
}
