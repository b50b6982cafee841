package dev.plugbay.application.port.in.authoring;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.user.Caller;

/**
 * Check a manifest document as creating it would, without storing or proposing anything: the
 * normalized manifest and its warnings, or the same {@code INVALID_MANIFEST} / {@code INVALID_STAC}
 * failure that creating it would raise. An editor calls it as its author types.
 */
public interface ValidatePluginUseCase {

    ManifestReading validate(Caller caller, JsonObject manifest);
}
