package dev.plugbay.domain.manifest;

import static dev.plugbay.domain.testing.DomainFixtures.READER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.testing.JsonText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Stored manifests read back leniently: a value a current rule refuses is set aside, never a failure for every reader. */
class StoredManifestsTest {

    private static final JsonObject STORED = JsonText.object("""
            {"id": "clock", "name": "Clock", "version": "1.2.0", "description": "Shows the time",
             "author": "alice", "authorAvatar": "https://avatars.example/alice.png", "license": "MIT",
             "tags": ["time"], "slot": "dashboard_top", "ui": {"type": "text", "data": "{{ now }}"},
             "main": "index.js", "isPublic": false}""");

    @Test
    void aManifestWrittenAsTextReadsBackEqual() {
        Manifest manifest = READER.read(STORED, ManifestOrigin.document()).manifest();

        StoredManifest.Readable read = readable(StoredManifests.toText(manifest));

        assertEquals(manifest, read.manifest());
        assertTrue(read.setAside().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http://avatars.example/a.png", "javascript:alert(1)", "https://", "https://a.example/\u0007.png"})
    void anAvatarThatACurrentRuleRefusesIsLeftOutAndTheRestIsKept(String avatar) {
        StoredManifest.Readable read = readable(STORED.with("authorAvatar", new JsonString(avatar)));

        assertEquals(Optional.empty(), read.manifest().authorAvatar());
        assertEquals("Clock", read.manifest().name());
        assertEquals("dashboard_top", read.manifest().slot().orElseThrow().name());
        assertEquals(List.of("authorAvatar"), read.setAside().stream().map(Violation::field).toList());
    }

    @Test
    void anOverLongAvatarIsLeftOutToo() {
        String avatar = "https://avatars.example/" + "a".repeat(3000);

        assertEquals(Optional.empty(), readable(STORED.with("authorAvatar", new JsonString(avatar))).manifest().authorAvatar());
    }

    @Test
    void everyRefusedFieldReadsAsItsDefault() {
        JsonObject stored = STORED.with("name", new JsonString("Bell\u0007"))
                .with("description", new JsonString("x".repeat(501)))
                .with("tags", new JsonArray(List.of(new JsonString("Not A Tag"))))
                .with("license", new JsonNumber(new BigDecimal(7)));

        Manifest manifest = readable(stored).manifest();

        assertEquals("clock", manifest.name());
        assertEquals("", manifest.description());
        assertTrue(manifest.tags().isEmpty());
        assertEquals("MIT", manifest.license().value());
        assertEquals("https://avatars.example/alice.png", manifest.authorAvatar().orElseThrow());
    }

    @Test
    void aRefusedUiTreeIsLeftOutAndTheSlotStays() {
        JsonObject stored = STORED.with("ui", JsonText.object("{\"type\": \"image\", \"src\": \"javascript:alert(1)\"}"));

        Manifest manifest = readable(stored).manifest();

        assertEquals(Optional.empty(), manifest.ui());
        assertEquals("dashboard_top", manifest.slot().orElseThrow().name());
    }

    @Test
    void aRefusedSlotTakesTheUiWithIt() {
        Manifest manifest = readable(STORED.with("slot", new JsonString("Top Of The Page"))).manifest();

        assertEquals(Optional.empty(), manifest.slot());
        assertEquals(Optional.empty(), manifest.ui());
    }

    @Test
    void aVisibilityThatCannotBeReadMakesThePluginPrivateNeverPublic() {
        Manifest manifest = readable(STORED.with("isPublic", new JsonString("yes"))).manifest();

        assertFalse(manifest.isPublic());
    }

    @Test
    void theDocumentsOwnSlotAndWidgetNamesStayReadableWhateverIsConfiguredNow() {
        JsonObject stored = STORED.with("slot", new JsonString("retired_slot"))
                .with("ui", JsonText.object("{\"type\": \"retiredWidget\", \"onPressed\": {\"actionType\": \"retiredAction\"}}"));

        StoredManifest.Readable read = readable(stored);

        assertEquals("retired_slot", read.manifest().slot().orElseThrow().name());
        assertTrue(read.setAside().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "version", "author", "main", "integrity"})
    void aReleaseWhoseIdentityOrCodeCannotBeReadIsUnreadable(String field) {
        JsonValue refused = field.equals("integrity") ? new JsonString("md5-abc") : new JsonString("../Not Valid");

        StoredManifest read = StoredManifests.read(STORED.with(field, refused).toJson());

        StoredManifest.Unreadable unreadable = assertInstanceOf(StoredManifest.Unreadable.class, read);
        assertTrue(unreadable.reason().startsWith(field + ":"), unreadable.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1, 2]", "{\"id\": \"clock\", \"id\": \"clock\"}"})
    void textThatIsNotAJsonObjectIsUnreadable(String text) {
        assertInstanceOf(StoredManifest.Unreadable.class, StoredManifests.read(text));
    }

    @Test
    void aValidDocumentWithAnUnusedBooleanIsReadAsIs() {
        StoredManifest.Readable read = readable(STORED.with("enabledByDefault", JsonBoolean.TRUE));

        assertTrue(read.manifest().enabledByDefault());
        assertTrue(read.setAside().isEmpty());
    }

    private static StoredManifest.Readable readable(JsonObject document) {
        return readable(document.toJson());
    }

    private static StoredManifest.Readable readable(String text) {
        return assertInstanceOf(StoredManifest.Readable.class, StoredManifests.read(text));
    }
}
