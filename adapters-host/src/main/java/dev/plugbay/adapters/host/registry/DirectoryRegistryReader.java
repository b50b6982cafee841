package dev.plugbay.adapters.host.registry;

import dev.plugbay.application.port.out.registry.RegistryEntry;
import dev.plugbay.application.port.out.registry.RegistryReader;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.registry.RegistryIndex;
import dev.plugbay.domain.registry.RegistryIndex.Listed;
import dev.plugbay.domain.registry.RegistryIndex.Listing;
import dev.plugbay.domain.registry.RegistryIndex.Refused;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a registry directory as {@link RegistryIndex} lays it out: the index, then each listed
 * plugin's file. Every read is of the files as they are now (local reads cost no request, so
 * nothing is cached); an unreadable plugin file is reported in its entry.
 */
@Singleton
@Requires(beans = DirectoryRegistrySettings.class)
public final class DirectoryRegistryReader implements RegistryReader {

    /** The largest index and plugin file read; a larger one is refused, not read. */
    static final int MAX_INDEX_BYTES = 16 * 1024 * 1024;
    static final int MAX_PLUGIN_FILE_BYTES = 1024 * 1024;

    private final RegistryDirectory directory;

    public DirectoryRegistryReader(DirectoryRegistrySettings settings) {
        this.directory = new RegistryDirectory(settings.directory());
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public List<RegistryEntry> readAll() {
        List<RegistryEntry> entries = new ArrayList<>();
        for (Listing listing : RegistryIndex.listings(index(directory))) {
            entries.add(listing instanceof Refused refused
                    ? RegistryEntry.unreadable(refused.id(), refused.indexEntry(), refused.reason())
                    : read((Listed) listing));
        }
        return entries;
    }

    /** The index document; {@code UPSTREAM_UNAVAILABLE} when it is missing, unreadable or not JSON. */
    static JsonValue index(RegistryDirectory directory) {
        byte[] bytes = directory.read(RegistryIndex.INDEX_FILE, MAX_INDEX_BYTES).orElseThrow(
                () -> new UpstreamUnavailableException("The registry directory has no " + RegistryIndex.INDEX_FILE));
        try {
            return JsonReader.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (InvalidRequestException garbage) {
            throw new UpstreamUnavailableException("The registry index is not valid JSON: " + garbage.getMessage());
        }
    }

    private RegistryEntry read(Listed listed) {
        String file = listed.file();
        try {
            byte[] bytes = directory.read(file, MAX_PLUGIN_FILE_BYTES).orElse(null);
            if (bytes == null) {
                return RegistryEntry.unreadable(listed.id(), listed.indexEntry(), file + " could not be read: there is no such file");
            }
            if (!(JsonReader.parse(new String(bytes, StandardCharsets.UTF_8)) instanceof JsonObject document)) {
                return RegistryEntry.unreadable(listed.id(), listed.indexEntry(), file + " is not a JSON object");
            }
            return RegistryEntry.read(listed.id(), listed.indexEntry(), document);
        } catch (InvalidRequestException garbage) {
            return RegistryEntry.unreadable(listed.id(), listed.indexEntry(), file + " is not valid JSON: " + garbage.getMessage());
        } catch (DomainException failed) {
            return RegistryEntry.unreadable(listed.id(), listed.indexEntry(), file + " could not be read: " + failed.getMessage());
        }
    }
}
