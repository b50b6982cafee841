package dev.plugbay.application.service.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.application.port.in.installation.ActionCall;
import dev.plugbay.application.service.installation.PluginActionService;
import dev.plugbay.contracts.memory.InMemoryPersistence;
import dev.plugbay.contracts.memory.PluginScript;
import dev.plugbay.contracts.memory.PluginScript.Reaction;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.contracts.testing.MutableClock;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.PluginUnavailableException;
import dev.plugbay.domain.error.RateLimitedException;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.user.Role;
import dev.plugbay.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RUNTIME.md "Action bridge": the six checks in their order with their codes, the payload (the
 * caller as {@code user}, never a token), the answers, and what is recorded.
 */
class ActionBridgeTest {

    private static final PluginId CHECKER = new PluginId("quality_checker");
    private static final String UI_AND_CODE = """
            {"id": "quality_checker", "name": "Data Quality Checker", "version": "1.0.0", "author": "octo-dev",
             "slot": "asset_detail", "main": "index.mjs", "hooks": {"onAction": true},
             "configSchema": {"threshold": {"type": "number", "default": 80}},
             "ui": {"type": "container", "layout": "vertical", "children": [
               {"type": "text", "content": "Quality Score: {{asset.qualityScore}}"},
               {"type": "button", "label": "Run Check", "action": {"method": "runQualityCheck", "params": {"assetId": "{{asset.id}}"}}},
               {"type": "button", "label": "Sdk", "action": {"actionType": "invenicum_sdk", "method": "getUserName", "params": {}}}]}}""";
    private static final Caller ALICE = new Caller(new Username("alice"), Set.of(Role.ADMIN), Optional.empty(),
            Optional.of(new Username("octo-dev")));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-07-03T10:00:00Z"));
    private HostHarness host = new HostHarness(clock, 100);
    private final InMemoryPersistence marketplace = new InMemoryPersistence();
    private PluginActionService bridge = bridge();

    @AfterEach
    void stop() {
        host.close();
    }

    private PluginActionService bridge() {
        return new PluginActionService(marketplace.installations(), marketplace.catalog(), host.services.actions());
    }

    private void published(String document) {
        Manifest manifest = Manifests.codePlugin(document);
        marketplace.catalog().insert(Plugin.create(manifest, false, 0, List.of(), clock));
    }

    private void installedBy(Caller caller) {
        Plugin plugin = marketplace.catalog().find(CHECKER).orElseThrow();
        marketplace.installations().insert(Installation.installActive(caller.username(), CHECKER, plugin.latestRelease(), clock));
    }

    private void runningOnTheHost(BiFunction<Hook, JsonValue, Reaction> onAction) {
        host.processes.script(CHECKER, PluginScript.ready(Set.of(Hook.ON_ACTION)).reacting(onAction));
        host.services.installer().install(host.folder(UI_AND_CODE));
        host.services.lifecycle().activate(CHECKER);
        host.services.startup().startAll();
    }

    private void theVectorsSetting() {
        published(UI_AND_CODE);
        installedBy(ALICE);
        runningOnTheHost((hook, payload) -> Reaction.answer(JsonReader.parse("{\"ok\": true}")));
    }

    private JsonValue press(Caller caller, String method) {
        return bridge.run(new ActionCall(caller, CHECKER, method, (JsonObject) JsonReader.parse("{\"assetId\": \"a-1\"}")));
    }

    private ErrorCode refusal(Caller caller, String method) {
        return assertThrows(DomainException.class, () -> press(caller, method)).code();
    }

    @Test
    void runQualityCheckAnswersThePluginsResult() {
        theVectorsSetting();

        assertEquals("{\"ok\":true}", press(ALICE, "runQualityCheck").toJson());
    }

    @Test
    void thePluginGetsTheMethodParamsCallerInstalledVersionAndConfigAndNothingElse() {
        theVectorsSetting();

        press(ALICE, "runQualityCheck");

        assertEquals("{\"method\":\"runQualityCheck\",\"params\":{\"assetId\":\"a-1\"},\"user\":{\"username\":\"octo-dev\","
                + "\"roles\":[\"ADMIN\"]},\"installedVersion\":\"1.0.0\",\"config\":{\"threshold\":80}}",
                host.processes.calls(CHECKER).stream().filter(call -> call.hook() == Hook.ON_ACTION).findFirst().orElseThrow()
                        .payload().toJson());
    }

    @Test
    void aCallerWithoutAnAuthorNameIsNamedByTheSubjectWithNoRoles() {
        theVectorsSetting();
        Caller bob = new Caller(new Username("bob"), Set.of(), Optional.empty(), Optional.empty());
        installedBy(bob);

        press(bob, "runQualityCheck");

        assertEquals("{\"username\":\"bob\",\"roles\":[]}", ((JsonObject) host.processes.calls(CHECKER).get(0).payload())
                .get("user").orElseThrow().toJson());
    }

    @Test
    void withoutAnInstallationItIsPluginNotFound() {
        theVectorsSetting();

        assertEquals(ErrorCode.PLUGIN_NOT_FOUND, refusal(Caller.user("carol"), "dropTables"));
    }

    @Test
    void anInactiveInstallationIsPluginInactiveBeforeTheMethodIsLookedAt() {
        theVectorsSetting();
        Installation installation = marketplace.installations().find(ALICE.username(), CHECKER).orElseThrow();
        marketplace.installations().update(installation.deactivate(clock));

        assertEquals(ErrorCode.PLUGIN_INACTIVE, refusal(ALICE, "runQualityCheck"));
        assertEquals(ErrorCode.PLUGIN_INACTIVE, refusal(ALICE, "dropTables"));
    }

    @Test
    void aMethodNoServerActionNamesIsActionNotFoundAndNothingIsSent() {
        theVectorsSetting();

        assertEquals(ErrorCode.ACTION_NOT_FOUND, refusal(ALICE, "dropTables"));
        assertEquals(ErrorCode.ACTION_NOT_FOUND, refusal(ALICE, "getUserName"), "a client (actionType) action");
        assertEquals(0, host.processes.calls(CHECKER).stream().filter(call -> call.hook() == Hook.ON_ACTION).count());
    }

    @Test
    void aReleaseThatDoesNotDeclareOnActionHasNoServerAction() {
        published(UI_AND_CODE.replace("\"hooks\": {\"onAction\": true}", "\"hooks\": {\"onRequest\": true}"));
        installedBy(ALICE);
        runningOnTheHost((hook, payload) -> Reaction.answer(JsonReader.parse("true")));

        assertEquals(ErrorCode.ACTION_NOT_FOUND, refusal(ALICE, "runQualityCheck"));
    }

    @Test
    void withoutARunningProcessItIsUnavailableAndRetryAfterOnlyWhenAStartIsScheduled() {
        theVectorsSetting();
        host.services.lifecycle().deactivate(CHECKER);

        PluginUnavailableException stopped = assertThrows(PluginUnavailableException.class, () -> press(ALICE, "runQualityCheck"));

        assertEquals(OptionalLong.empty(), stopped.retryAfterSeconds());
        host.services.lifecycle().activate(CHECKER);
        host.processes.crash(CHECKER, 1);
        HostHarness.await("restart scheduled", Duration.ofSeconds(5),
                () -> host.services.queries().get(CHECKER).runtime().state().equals("restarting"));
        PluginUnavailableException restarting = assertThrows(PluginUnavailableException.class, () -> press(ALICE, "runQualityCheck"));
        assertEquals(OptionalLong.of(1), restarting.retryAfterSeconds());
        assertEquals(List.of(CallOutcome.UNAVAILABLE, CallOutcome.UNAVAILABLE),
                host.recorded.stream().map(Execution::outcome).toList());
    }

    @Test
    void aProcessThatDoesNotOfferOnActionIsPluginError() {
        published(UI_AND_CODE);
        installedBy(ALICE);
        host.processes.script(CHECKER, PluginScript.ready(Set.of()));
        host.services.installer().install(host.folder(UI_AND_CODE));
        host.services.lifecycle().activate(CHECKER);
        host.services.startup().startAll();

        assertEquals(ErrorCode.PLUGIN_ERROR, refusal(ALICE, "runQualityCheck"));
    }

    @Test
    void pastTheRateLimitItIsRateLimitedWithRetryAfterAndNotSent() {
        host.close();
        host = new HostHarness(clock, 2);
        bridge = bridge();
        theVectorsSetting();
        press(ALICE, "runQualityCheck");
        press(ALICE, "runQualityCheck");

        RateLimitedException limited = assertThrows(RateLimitedException.class, () -> press(ALICE, "runQualityCheck"));

        assertEquals(1, limited.retryAfterSeconds());
        assertEquals(2, host.processes.calls(CHECKER).stream().filter(call -> call.hook() == Hook.ON_ACTION).count());
        assertEquals(List.of(CallOutcome.OK, CallOutcome.OK, CallOutcome.RATE_LIMITED),
                host.recorded.stream().map(Execution::outcome).toList());
        clock.advance(Duration.ofMillis(1000));
        assertEquals("{\"ok\":true}", press(ALICE, "runQualityCheck").toJson());
    }

    @Test
    void aPluginErrorIsPluginErrorWithItsTextWithoutControlCharacters() {
        published(UI_AND_CODE);
        installedBy(ALICE);
        runningOnTheHost((hook, payload) -> Reaction.fail("asset\u0000 a-1\n is\u001b[31m broken"));

        DomainException failure = assertThrows(DomainException.class, () -> press(ALICE, "runQualityCheck"));

        assertEquals(ErrorCode.PLUGIN_ERROR, failure.code());
        assertEquals("Plugin 'quality_checker' failed: asset a-1 is[31m broken", failure.getMessage());
        assertEquals(List.of(CallOutcome.ERROR), host.recorded.stream().map(Execution::outcome).toList());
    }

    @Test
    void thePluginsTextIsCutTo500Characters() {
        assertEquals(500, HostActions.pluginText("x".repeat(600)).length());
        assertEquals("ab", HostActions.pluginText("a\u0007\u007fb"));
    }

    @Test
    void aTimeoutIsPluginTimeoutAndAnExitDuringTheCallIsPluginError() {
        published(UI_AND_CODE);
        installedBy(ALICE);
        runningOnTheHost((hook, payload) -> ((JsonObject) payload).get("params").orElseThrow().toJson().contains("hang")
                ? Reaction.hang() : Reaction.exit(2));

        long firstPid = host.pid(CHECKER);
        DomainException timeout = assertThrows(DomainException.class, () -> bridge.run(new ActionCall(ALICE, CHECKER,
                "runQualityCheck", (JsonObject) JsonReader.parse("{\"hang\": true}"))));
        HostHarness.await("running again", Duration.ofSeconds(10), () -> host.services.queries().get(CHECKER).runtime().pid()
                .stream().anyMatch(pid -> pid != firstPid));
        DomainException exit = assertThrows(DomainException.class, () -> press(ALICE, "runQualityCheck"));

        assertEquals(ErrorCode.PLUGIN_TIMEOUT, timeout.code());
        assertEquals(ErrorCode.PLUGIN_ERROR, exit.code());
        assertEquals("Plugin 'quality_checker' exited during the call; see its logs", exit.getMessage());
        assertEquals(List.of(CallOutcome.TIMEOUT, CallOutcome.CRASHED), host.recorded.stream().map(Execution::outcome).toList());
    }
}
