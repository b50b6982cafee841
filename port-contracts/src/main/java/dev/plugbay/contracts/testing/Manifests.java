package dev.plugbay.contracts.testing;

import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.stac.StacLimits;
import dev.plugbay.domain.stac.StacValidator;
import dev.plugbay.domain.stac.StacVocabulary;
import dev.plugbay.domain.testing.JsonText;
import java.util.Optional;

/** Manifest documents and the reader configured as Plugbay ships it. */
public final class Manifests {

    private Manifests() {
    }

    public static ManifestReader reader() {
        return new ManifestReader(SlotCatalog.DEFAULT, new StacValidator(StacVocabulary.DEFAULT, StacLimits.DEFAULT),
                Optional.empty());
    }

    /** A small valid UI plugin document. */
    public static JsonObject uiPlugin(String id, String version) {
        return JsonText.object("""
                {"id": "%s", "name": "Plugin %s", "version": "%s", "description": "A test plugin",
                 "slot": "dashboard_top", "tags": ["test"],
                 "ui": {"type": "text", "data": "Hello {{user.name}}"}}
                """.formatted(id, id, version));
    }

    /** A code plugin read from its document, as a host install reads it. */
    public static Manifest codePlugin(String document) {
        return reader().read(JsonText.object(document), ManifestOrigin.document()).manifest();
    }

    public static JsonObject privateUiPlugin(String id, String version) {
        return uiPlugin(id, version).with("isPublic", JsonBoolean.FALSE);
    }
}
