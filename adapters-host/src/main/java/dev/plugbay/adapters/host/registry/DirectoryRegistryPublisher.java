package dev.plugbay.adapters.host.registry;

import dev.plugbay.application.port.out.registry.RegistryPublisher;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.integrity.Integrity.Algorithm;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestWriter;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.Proposal;
import dev.plugbay.domain.registry.RegistryIndex;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes to a registry directory, which has no reviews: every creation, update and removal,
 * whoever makes it, is written in place at once (the plugin file and its index entry) and answered
 * as a commit whose reference is the SHA-256 of the index it left. The last change can be
 * withdrawn: the index and the plugin file get their earlier content back, unless the index
 * changed again since.
 */
@Singleton
@Requires(beans = DirectoryRegistrySettings.class)
public final class DirectoryRegistryPublisher implements RegistryPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryRegistryPublisher.class);

    private final RegistryDirectory directory;
    private Optional<Change> lastChange = Optional.empty();

    public DirectoryRegistryPublisher(DirectoryRegistrySettings settings) {
        this.directory = new RegistryDirectory(settings.directory());
    }

    @Override
    public Proposal proposeCreation(Manifest manifest) {
        return write(manifest);
    }

    @Override
    public Proposal proposeUpdate(Manifest manifest, boolean direct) {
        return write(manifest);
    }

    @Override
    public synchronized Proposal proposeRemoval(PluginId id, boolean direct) {
        JsonObject index = currentIndex();
        return change(id, Optional.empty(), RegistryIndex.withoutEntry(index, id));
    }

    @Override
    public synchronized void withdraw(Proposal proposal) {
        Optional<Change> undo = lastChange.filter(change -> proposal.reference().equals(Optional.of(change.reference())));
        if (undo.isEmpty() || !undo.get().reference().equals(reference(bytes(currentIndex())))) {
            LOG.warn("Change {} reached the registry directory but its catalog change did not happen, and the registry "
                    + "changed since; revert it by hand", proposal.reference().orElse(""));
            return;
        }
        Change change = undo.get();
        try {
            change.fileBefore().ifPresentOrElse(bytes -> directory.write(change.file(), bytes), () -> directory.delete(change.file()));
            directory.write(RegistryIndex.INDEX_FILE, change.indexBefore());
            lastChange = Optional.empty();
            LOG.info("Withdrew change {} from the registry directory: its catalog change did not happen", change.reference());
        } catch (UpstreamUnavailableException failed) {
            LOG.warn("Change {} could not be withdrawn from the registry directory: {}", change.reference(), failed.getMessage());
        }
    }

    private synchronized Proposal write(Manifest manifest) {
        JsonObject document = ManifestWriter.toJson(manifest);
        JsonObject index = RegistryIndex.withEntry(currentIndex(), manifest.id(), document);
        return change(manifest.id(), Optional.of(bytes(document)), index);
    }

    /** Writes the plugin file (or deletes it) and then the index, remembering how to undo both. */
    private Proposal change(PluginId id, Optional<byte[]> content, JsonObject index) {
        String file = RegistryIndex.pluginFile(id);
        byte[] indexBefore = directory.read(RegistryIndex.INDEX_FILE, DirectoryRegistryReader.MAX_INDEX_BYTES).orElseThrow();
        Optional<byte[]> fileBefore = directory.read(file, DirectoryRegistryReader.MAX_PLUGIN_FILE_BYTES);
        content.ifPresentOrElse(bytes -> directory.write(file, bytes), () -> directory.delete(file));
        byte[] indexAfter = bytes(index);
        directory.write(RegistryIndex.INDEX_FILE, indexAfter);
        String reference = reference(indexAfter);
        lastChange = Optional.of(new Change(reference, file, fileBefore, indexBefore));
        return Proposal.written(directory.url(file), reference);
    }

    private JsonObject currentIndex() {
        if (DirectoryRegistryReader.index(directory) instanceof JsonObject index) {
            return index;
        }
        throw new UpstreamUnavailableException("The registry index is not a JSON object");
    }

    private static byte[] bytes(JsonObject document) {
        return document.toJson().getBytes(StandardCharsets.UTF_8);
    }

    private static String reference(byte[] index) {
        return Integrity.of(Algorithm.SHA256, index).toString();
    }

    /** How to take the last change back: the plugin file's and the index's content before it. */
    private record Change(String reference, String file, Optional<byte[]> fileBefore, byte[] indexBefore) {
    }
}
