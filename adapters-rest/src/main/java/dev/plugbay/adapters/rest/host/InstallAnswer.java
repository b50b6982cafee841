package dev.plugbay.adapters.rest.host;

import dev.plugbay.application.port.in.host.InstallOutcome;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HOST.md's answer to an install, from a folder or the marketplace: 201 {@code {plugin, warnings}} for
 * a new plugin, 200 with {@code upgradedFrom} for an upgrade, plus the route's own members.
 */
final class InstallAnswer {

    private InstallAnswer() {
    }

    static HttpResponse<JsonValue> of(InstallOutcome outcome, Map<String, JsonValue> more) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("plugin", HostPluginJson.detail(outcome.plugin()));
        members.put("warnings", HostPluginJson.strings(outcome.warnings()));
        outcome.upgradedFrom().ifPresent(version -> members.put("upgradedFrom", new JsonString(version.toString())));
        members.putAll(more);
        JsonValue answer = new JsonObject(members);
        return outcome.upgradedFrom().isPresent() ? HttpResponse.ok(answer) : HttpResponse.status(HttpStatus.CREATED).body(answer);
    }
}
