package dev.plugbay.domain.manifest;

import static dev.plugbay.domain.testing.DomainFixtures.READER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.stac.StacLimits;
import dev.plugbay.domain.stac.StacValidator;
import dev.plugbay.domain.stac.StacVocabulary;
import dev.plugbay.domain.testing.JsonText;
import dev.plugbay.domain.user.Username;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestReaderTest {

    private static final ManifestOrigin BY_ALICE = ManifestOrigin.creation(new Username("alice"), Optional.empty());

    @Test
    void theInvenicumDocsExampleReadsWithItsDefaults() {
        Manifest manifest = READER.read(JsonText.fixture("registry/plugins/quality_checker.json"), ManifestOrigin.document())
                .manifest();

        assertEquals("quality_checker", manifest.id().value());
        assertEquals("Data Quality Checker", manifest.name());
        assertEquals("octo-dev", manifest.author().value());
        assertEquals("asset_detail", manifest.slot().orElseThrow().name());
        assertEquals("MIT", manifest.license().value());
        assertEquals(EntryPath.DEFAULT, manifest.main());
        assertTrue(manifest.hooks().isEmpty());
        assertEquals(Optional.empty(), manifest.priority(), "no priority: the pipeline uses the process's, else 100");
        assertEquals(HookFailure.OPEN, manifest.hookFailure());
        assertTrue(manifest.isPublic());
        assertTrue(manifest.isUiPlugin());
    }

    @Test
    void aCodePluginManifestReadsEveryField() {
        Manifest manifest = read("""
                {"name": "request-logger", "version": "2.1.0", "description": "Logs requests", "license": "Apache-2.0",
                 "tags": ["logging", "http"], "main": "dist/index.js",
                 "hooks": {"onRequest": true, "onResponse": false, "onActivate": true, "onAction": true},
                 "priority": 10, "hookFailure": "closed",
                 "requires": {"host": "^1.2.0", "permissions": ["network", "env"]},
                 "configSchema": {"level": {"type": "select", "enum": ["info", "debug"], "default": "info"}},
                 "integrity": "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
                 "enabledByDefault": true, "isPublic": false}""");

        assertEquals("request-logger", manifest.id().value());
        assertEquals(EnumSet.of(Hook.ON_REQUEST, Hook.ON_ACTIVATE, Hook.ON_ACTION), EnumSet.copyOf(manifest.hooks()));
        assertEquals(Optional.of(new Priority(10)), manifest.priority());
        assertEquals(HookFailure.CLOSED, manifest.hookFailure());
        assertEquals(EnumSet.of(Permission.NETWORK, Permission.ENV), EnumSet.copyOf(manifest.permissions()));
        assertEquals("^1.2.0", manifest.hostRange().orElseThrow().toString());
        assertEquals(1, manifest.configSchema().fields().size());
        assertEquals("sha256", manifest.integrity().orElseThrow().algorithm().prefix());
        assertEquals("dist/index.js", manifest.main().value());
        assertTrue(manifest.enabledByDefault());
        assertFalse(manifest.isPublic());
        assertTrue(manifest.ui().isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Quién Soy|quien_soy",
        "request-logger|request-logger",
        "Reloj  Digital!|reloj_digital",
        "  Café Crème  |cafe_creme",
        "__Hidden|hidden",
        "Ünïcödé 2|unicode_2"})
    void anAbsentIdIsDerivedFromTheName(String name, String id) {
        assertEquals(id, read("{\"name\": \"" + name + "\"}").id().value());
        assertEquals(id, read("{\"id\": \"\", \"name\": \"" + name + "\"}").id().value());
    }

    @Test
    void theNameDefaultsToTheIdAndTheVersionTo100OnCreation() {
        Manifest manifest = read("{\"id\": \"clock\"}");

        assertEquals("clock", manifest.name());
        assertEquals(SemanticVersion.parse("1.0.0"), manifest.version());
        assertEquals("", manifest.description());
    }

    static Stream<Arguments> fieldViolations() {
        return Stream.of(
                Arguments.of("{\"id\": \"Foo\"}", "id"),
                Arguments.of("{\"id\": \"" + "a".repeat(101) + "\"}", "id"),
                Arguments.of("{\"id\": 7}", "id"),
                Arguments.of("{\"id\": \"installed\"}", "id"),
                Arguments.of("{\"id\": \"preview-stac\"}", "id"),
                Arguments.of("{\"id\": \"validate\"}", "id"),
                Arguments.of("{\"name\": \"community\"}", "id"),
                Arguments.of("{\"name\": \"!!!\"}", "id"),
                Arguments.of("{}", "id"),
                Arguments.of("{\"id\": \"x\", \"name\": \"" + "n".repeat(101) + "\"}", "name"),
                Arguments.of("{\"id\": \"x\", \"name\": \"\"}", "name"),
                Arguments.of("{\"id\": \"x\", \"name\": \"   \"}", "name"),
                Arguments.of("{\"id\": \"x\", \"name\": \"bell\\u0007\"}", "name"),
                Arguments.of("{\"id\": \"x\", \"name\": 5}", "name"),
                Arguments.of("{\"id\": \"x\", \"version\": \"1.0\"}", "version"),
                Arguments.of("{\"id\": \"x\", \"version\": \"v1.0.0\"}", "version"),
                Arguments.of("{\"id\": \"x\", \"version\": 1}", "version"),
                Arguments.of("{\"id\": \"x\", \"description\": \"" + "d".repeat(501) + "\"}", "description"),
                Arguments.of("{\"id\": \"x\", \"license\": \"" + "L".repeat(65) + "\"}", "license"),
                Arguments.of("{\"id\": \"x\", \"tags\": \"weather\"}", "tags"),
                Arguments.of("{\"id\": \"x\", \"tags\": [\"Bad Tag\"]}", "tags[0]"),
                Arguments.of("{\"id\": \"x\", \"tags\": [\"a\", 5]}", "tags[1]"),
                Arguments.of("{\"id\": \"x\", \"tags\": [\"a\", \"a\"]}", "tags[1]"),
                Arguments.of("{\"id\": \"x\", \"tags\": " + tags(21) + "}", "tags"),
                Arguments.of("{\"id\": \"x\", \"slot\": \"nowhere\"}", "slot"),
                Arguments.of("{\"id\": \"x\", \"ui\": {\"type\": \"text\"}}", "slot"),
                Arguments.of("{\"id\": \"x\", \"main\": \"../escape.js\"}", "main"),
                Arguments.of("{\"id\": \"x\", \"main\": \"/abs.js\"}", "main"),
                Arguments.of("{\"id\": \"x\", \"hooks\": {\"onBoot\": true}}", "hooks.onBoot"),
                Arguments.of("{\"id\": \"x\", \"hooks\": {\"onRequest\": \"yes\"}}", "hooks.onRequest"),
                Arguments.of("{\"id\": \"x\", \"hooks\": []}", "hooks"),
                Arguments.of("{\"id\": \"x\", \"priority\": 10001}", "priority"),
                Arguments.of("{\"id\": \"x\", \"priority\": -1}", "priority"),
                Arguments.of("{\"id\": \"x\", \"priority\": 5.5}", "priority"),
                Arguments.of("{\"id\": \"x\", \"priority\": 1e400}", "priority"),
                Arguments.of("{\"id\": \"x\", \"priority\": \"5\"}", "priority"),
                Arguments.of("{\"id\": \"x\", \"hookFailure\": \"maybe\"}", "hookFailure"),
                Arguments.of("{\"id\": \"x\", \"hookFailure\": \"Open\"}", "hookFailure"),
                Arguments.of("{\"id\": \"x\", \"hookFailure\": false}", "hookFailure"),
                Arguments.of("{\"id\": \"x\", \"permissions\": [\"root\"]}", "permissions[0]"),
                Arguments.of("{\"id\": \"x\", \"requires\": {\"permissions\": [\"network\", \"sudo\"]}}", "requires.permissions[1]"),
                Arguments.of("{\"id\": \"x\", \"permissions\": [], \"requires\": {\"permissions\": []}}", "permissions"),
                Arguments.of("{\"id\": \"x\", \"requires\": {\"host\": \"not a range\"}}", "requires.host"),
                Arguments.of("{\"id\": \"x\", \"requires\": 1}", "requires"),
                Arguments.of("{\"id\": \"x\", \"configSchema\": {\"n\": {\"type\": \"date\"}}}", "configSchema.n.type"),
                Arguments.of("{\"id\": \"x\", \"integrity\": \"md5-abc\"}", "integrity"),
                Arguments.of("{\"id\": \"x\", \"enabledByDefault\": \"true\"}", "enabledByDefault"),
                Arguments.of("{\"id\": \"x\", \"isPublic\": 0}", "isPublic"));
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @MethodSource("fieldViolations")
    void eachFieldRuleIsReportedOnItsField(String document, String field) {
        DomainException failure = assertThrows(DomainException.class,
                () -> READER.read(JsonText.object(document), BY_ALICE));

        assertEquals(ErrorCode.INVALID_MANIFEST, failure.code());
        assertTrue(failure.violations().stream().anyMatch(v -> field.equals(v.field())),
                () -> "expected a violation of " + field + " in " + failure.violations());
    }

    @ParameterizedTest(name = "{0} is within the limit")
    @MethodSource("limitsAtTheBoundary")
    void everyLengthLimitAcceptsItsMaximum(String document) {
        read(document);
    }

    static Stream<String> limitsAtTheBoundary() {
        return Stream.of(
                "{\"id\": \"" + "a".repeat(100) + "\"}",
                "{\"id\": \"x\", \"name\": \"" + "n".repeat(100) + "\"}",
                "{\"id\": \"x\", \"name\": \"" + "é".repeat(100) + "\"}",
                "{\"id\": \"x\", \"description\": \"" + "d".repeat(500) + "\"}",
                "{\"id\": \"x\", \"license\": \"" + "L".repeat(64) + "\"}",
                "{\"id\": \"x\", \"tags\": " + tags(20) + "}",
                "{\"id\": \"x\", \"priority\": 0}",
                "{\"id\": \"x\", \"priority\": 10000}",
                "{\"id\": \"x\", \"priority\": 1e4}");
    }

    @Test
    void anInvalidIdIsAnsweredWithTheValidIdItWouldBecome() {
        DomainException failure = assertThrows(DomainException.class, () -> READER.read(JsonText.object("""
                {"id": "Contador Años", "name": "Contador", "version": "1.0.0"}"""), BY_ALICE));

        assertTrue(failure.getMessage().startsWith("Invalid manifest: id: "), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("'contador_anos' would be valid"), failure.getMessage());
    }

    @Test
    void allViolationsAreReportedAtOnce() {
        DomainException failure = assertThrows(DomainException.class, () -> READER.read(JsonText.object("""
                {"id": "Bad", "version": "1.0", "tags": ["ok", "Not Ok"], "isPublic": "yes"}"""), BY_ALICE));

        assertEquals(List.of("id", "version", "tags[1]", "isPublic"),
                failure.violations().stream().map(Violation::field).toList());
        assertTrue(failure.getMessage().startsWith("Invalid manifest: id: "), failure.getMessage());
    }

    @Test
    void aDocumentWhoseOnlyProblemsAreInItsUiIsInvalidStacWithPointers() {
        DomainException failure = assertThrows(DomainException.class, () -> READER.read(JsonText.object("""
                {"id": "x", "slot": "dashboard_top",
                 "ui": {"type": "container", "child": {"type": "elevatedButton", "onPressed": {"actionType": "teleport"}}}}"""),
                BY_ALICE));

        assertEquals(ErrorCode.INVALID_STAC, failure.code());
        assertEquals("/child/onPressed", failure.violations().get(0).pointer());
    }

    @Test
    void fieldAndUiProblemsTogetherAreAnInvalidManifestListingBoth() {
        DomainException failure = assertThrows(DomainException.class, () -> READER.read(JsonText.object("""
                {"id": "x", "version": "1", "slot": "dashboard_top", "ui": {"type": "marquee"}}"""), BY_ALICE));

        assertEquals(ErrorCode.INVALID_MANIFEST, failure.code());
        assertEquals(List.of("version", ""), failure.violations().stream().map(Violation::location).toList());
    }

    @Test
    void aNulCharacterAnywhereIsRefusedBecauseNoDatabaseCouldStoreIt() {
        DomainException failure = assertThrows(DomainException.class, () -> READER.read(JsonText.object("""
                {"id": "x", "description": "a\\u0000b", "slot": "dashboard_top",
                 "ui": {"type": "text", "data": "nul \\u0000 here"}}"""), BY_ALICE));

        assertEquals(ErrorCode.INVALID_MANIFEST, failure.code());
        assertEquals(List.of("/ui/data", "/description"),
                failure.violations().stream().map(Violation::location).sorted(Comparator.reverseOrder()).toList());
    }

    @Test
    void unknownKeysAreWarningsNotErrors() {
        ManifestReading reading = READER.read(JsonText.object("""
                {"id": "x", "download_url": "https://example.com/x.json", "requires": {"os": "linux"}}"""), BY_ALICE);

        assertEquals(List.of("download_url", "requires.os"),
                reading.warnings().stream().map(Violation::field).toList());
    }

    @Test
    void onCreationTheAuthorComesFromTheCallerAndADifferentOneIsReported() {
        ManifestReading reading = READER.read(JsonText.object("{\"id\": \"x\", \"author\": \"mallory\"}"),
                ManifestOrigin.creation(new Username("alice"), Optional.of("https://avatars.example/alice.png")));

        assertEquals("alice", reading.manifest().author().value());
        assertEquals("https://avatars.example/alice.png", reading.manifest().authorAvatar().orElseThrow());
        assertEquals("author", reading.warnings().get(0).field());
    }

    @ParameterizedTest(name = "avatar {0}")
    @CsvSource({"http://a.example/x.png", "https://", "javascript:alert(1)", "'https://a.example/x y.png'"})
    void aDocumentsOwnAvatarMustBeAnHttpsUrl(String avatar) {
        DomainException failure = assertThrows(DomainException.class, () -> READER.read(JsonText.object(
                "{\"id\": \"x\", \"author\": \"bob\", \"version\": \"1.0.0\", \"authorAvatar\": \"" + avatar + "\"}"),
                ManifestOrigin.document()));

        assertEquals("authorAvatar", failure.violations().get(0).field());
    }

    @Test
    void aNewReleaseNeedsAVersionAndARegistryDocumentNeedsAnAuthor() {
        DomainException noVersion = assertThrows(DomainException.class, () -> READER.read(JsonText.object("{\"id\": \"x\"}"),
                ManifestOrigin.newRelease(new Username("alice"), Optional.empty())));
        DomainException noAuthor = assertThrows(DomainException.class, () -> READER.read(
                JsonText.object("{\"id\": \"x\", \"version\": \"1.0.0\"}"), ManifestOrigin.document()));

        assertEquals("version", noVersion.violations().get(0).field());
        assertEquals("author", noAuthor.violations().get(0).field());
    }

    @Test
    void aRequiredHostRangeIsCheckedAgainstTheConfiguredHostVersion() {
        ManifestReader host120 = new ManifestReader(SlotCatalog.DEFAULT,
                new StacValidator(StacVocabulary.DEFAULT, StacLimits.DEFAULT), Optional.of(SemanticVersion.parse("1.2.0")));

        host120.read(JsonText.object("{\"id\": \"x\", \"requires\": {\"host\": \">=1.0.0 <2.0.0\"}}"), BY_ALICE);
        DomainException outside = assertThrows(DomainException.class, () -> host120.read(
                JsonText.object("{\"id\": \"x\", \"requires\": {\"host\": \"^2.0.0\"}}"), BY_ALICE));

        assertEquals("requires.host", outside.violations().get(0).field());
    }

    @Test
    void jsonNullReadsAsAnAbsentField() {
        Manifest manifest = read("{\"id\": \"x\", \"description\": null, \"ui\": null, \"tags\": null}");

        assertEquals("", manifest.description());
        assertTrue(manifest.ui().isEmpty());
    }

    @Test
    void theWrittenDocumentReadsBackEqual() {
        Manifest original = read("""
                {"id": "clock", "name": "Clock", "version": "1.2.3-rc.1+b5", "description": "Tick", "license": "MIT OR Apache-2.0",
                 "authorAvatar": "https://avatars.example/a.png", "tags": ["time", "clock"], "slot": "dashboard_top",
                 "ui": {"type": "text", "data": "{{clock.time}}"}, "main": "lib/main.js",
                 "hooks": {"onInstall": true, "onAction": true}, "priority": 7, "hookFailure": "closed",
                 "requires": {"host": "1.x", "permissions": ["file-read"]},
                 "configSchema": {"tz": {"type": "string", "default": "UTC"}},
                 "integrity": "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==",
                 "enabledByDefault": true, "isPublic": false}""");

        JsonObject written = ManifestWriter.toJson(original);

        assertEquals(original, READER.read(written, ManifestOrigin.document()).manifest());
        assertEquals(List.of(), READER.read(written, ManifestOrigin.document()).warnings());
        assertEquals(new JsonString("alice"), written.get("author").orElseThrow());
        assertEquals(new JsonString("closed"), written.get("hookFailure").orElseThrow());
    }

    private static Manifest read(String document) {
        return READER.read(JsonText.object(document), BY_ALICE).manifest();
    }


    private static String tags(int count) {
        StringBuilder tags = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            tags.append(i == 0 ? "" : ", ").append("\"t").append(i).append('"');
        }
        return tags.append(']').toString();
    }
}
