package dev.plugbay.application.port.in.catalog;

import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.user.Caller;

/**
 * Fetch a plugin document from a URL (through the outbound guard) and validate it as a manifest
 * with its STAC {@code ui}, without storing anything.
 */
public interface PreviewStacUseCase {

    ManifestReading preview(Caller caller, String url);
}
