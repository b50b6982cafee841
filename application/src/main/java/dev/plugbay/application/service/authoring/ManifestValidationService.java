package dev.plugbay.application.service.authoring;

import dev.plugbay.application.port.in.authoring.ValidatePluginUseCase;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.user.Caller;

/** Reads a manifest the way {@link AuthoringService#create} does, and stops there. */
public final class ManifestValidationService implements ValidatePluginUseCase {

    private final ManifestReader manifestReader;

    public ManifestValidationService(ManifestReader manifestReader) {
        this.manifestReader = manifestReader;
    }

    @Override
    public ManifestReading validate(Caller caller, JsonObject manifest) {
        return manifestReader.read(manifest, ManifestOrigin.creation(caller.shownAuthor(), caller.avatar()));
    }
}
