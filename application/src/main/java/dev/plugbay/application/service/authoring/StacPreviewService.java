package dev.plugbay.application.service.authoring;

import dev.plugbay.application.port.in.catalog.PreviewStacUseCase;
import dev.plugbay.application.port.out.registry.DocumentFetcher;
import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.manifest.ManifestPreview;
import dev.plugbay.domain.user.Caller;
import java.util.List;

/**
 * Validates a remote plugin document as if the caller were creating it, storing nothing; a ui
 * without a slot is previewed unplaced ({@link ManifestReader#preview}).
 */
public final class StacPreviewService implements PreviewStacUseCase {

    private final DocumentFetcher fetcher;
    private final ManifestReader manifestReader;

    public StacPreviewService(DocumentFetcher fetcher, ManifestReader manifestReader) {
        this.fetcher = fetcher;
        this.manifestReader = manifestReader;
    }

    @Override
    public ManifestPreview preview(Caller caller, String url) {
        JsonValue document = fetcher.fetch(url);
        if (!(document instanceof JsonObject manifest)) {
            throw new InvalidManifestException("Invalid manifest",
                    List.of(Violation.ofField("document", "must be a JSON object, not " + document.typeName())));
        }
        return manifestReader.preview(manifest, ManifestOrigin.creation(caller.shownAuthor(), caller.avatar()));
    }
}
