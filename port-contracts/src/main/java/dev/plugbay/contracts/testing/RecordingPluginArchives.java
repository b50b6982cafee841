package dev.plugbay.contracts.testing;

import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.port.out.host.PluginArchives;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for archive extraction in use-case tests: records each archive it is given, with the
 * staging folder and the limits, and answers the staging folder as the plugin root, writing nothing.
 * (What extraction itself does is {@code PluginArchivesContract}'s to check.)
 */
public final class RecordingPluginArchives implements PluginArchives {

    /** One call: the archive's bytes, where it was to go, and under which limits. */
    public record Extraction(byte[] archive, Path staging, PackageLimits limits) {
    }

    private final List<Extraction> extractions = new ArrayList<>();

    public synchronized List<Extraction> extractions() {
        return List.copyOf(extractions);
    }

    @Override
    public synchronized Path extract(byte[] archive, Path staging, PackageLimits limits) {
        extractions.add(new Extraction(archive.clone(), staging, limits));
        return staging;
    }
}
