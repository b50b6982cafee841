package dev.plugbay.application.port.in.catalog;

import dev.plugbay.domain.manifest.ManifestPreview;
import dev.plugbay.domain.user.Caller;

/**
 * Fetch a plugin document from a URL (through the outbound guard) and validate it as a manifest
 * with its STAC {@code ui}, without storing anything. The slot is not required: a STAC file
 * ({@code plugin.stac.json}) or a registry plugin file leaves it to the index.
 */
public interface PreviewStacUseCase {

    ManifestPreview preview(Caller caller, String url);
}
