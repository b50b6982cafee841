package dev.plugbay.domain.testing;

import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.catalog.Release;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.stac.StacLimits;
import dev.plugbay.domain.stac.StacValidator;
import dev.plugbay.domain.stac.StacVocabulary;
import java.time.Clock;
import java.util.Optional;

/** Manifests and releases for domain tests, read by the reader configured as Plugbay ships it. */
public final class DomainFixtures {

    public static final ManifestReader READER = new ManifestReader(SlotCatalog.DEFAULT,
            new StacValidator(StacVocabulary.DEFAULT, StacLimits.DEFAULT), Optional.empty());

    private DomainFixtures() {
    }

    public static Manifest read(String json, ManifestOrigin origin) {
        return READER.read(JsonText.object(json), origin).manifest();
    }

    /** A code plugin by {@code someone} with the given config schema. */
    public static Manifest codePlugin(String id, String version, String configSchema) {
        return read("""
                {"id": "%s", "version": "%s", "author": "someone", "configSchema": %s}"""
                .formatted(id, version, configSchema), ManifestOrigin.document());
    }

    /** A UI plugin by the given author. */
    public static Manifest uiPlugin(String id, String version, String author) {
        return read("""
                {"id": "%s", "version": "%s", "author": "%s", "slot": "dashboard_top",
                 "ui": {"type": "text", "data": "hello"}}""".formatted(id, version, author), ManifestOrigin.document());
    }

    public static Release release(Manifest manifest, Clock clock) {
        return new Release(manifest, clock.instant());
    }
}
