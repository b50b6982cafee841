package dev.plugbay.adapters.host.bundled;

import dev.plugbay.application.port.out.host.BundledPlugins;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.host.marketplace.MarketplaceEntryReader;
import dev.plugbay.domain.host.marketplace.MarketplaceEntryReader.Source;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.PluginId;
import io.micronaut.context.annotation.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The built-in plugins as the build packed them into the jar (adapters-host/src/build): the seed
 * index {@code builtin-plugins/index.json}, a marketplace registry document whose entries also name
 * their archive, and the archives beside it. Everything is read once, at startup; a missing or
 * broken resource is a packaging fault and stops Plugbay.
 */
@Context
public final class ClasspathBundledPlugins implements BundledPlugins {

    static final String FOLDER = "builtin-plugins/";
    private static final Pattern ARCHIVE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*\\.(zip|tgz|tar\\.gz)");

    private final Map<PluginId, MarketplaceEntry> entries = new LinkedHashMap<>();
    private final Map<PluginId, byte[]> archives = new LinkedHashMap<>();

    public ClasspathBundledPlugins() {
        JsonValue index = JsonReader.parse(new String(resource("index.json"), StandardCharsets.UTF_8));
        for (JsonValue element : plugins(index)) {
            JsonObject object = (JsonObject) element;
            MarketplaceEntry entry = MarketplaceEntryReader.read(object, Source.BUNDLED);
            byte[] bytes = resource(archiveName(object, entry.name()));
            entry.sha256().orElseThrow().verify(bytes);
            if (entries.put(entry.name(), entry) != null) {
                throw new IllegalStateException("The built-in plugin " + entry.name() + " is listed twice");
            }
            archives.put(entry.name(), bytes);
        }
    }

    @Override
    public List<MarketplaceEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    @Override
    public Optional<byte[]> archive(PluginId name) {
        return Optional.ofNullable(archives.get(name)).map(byte[]::clone);
    }

    private static List<JsonValue> plugins(JsonValue index) {
        if (index instanceof JsonObject object && object.get("plugins").orElse(null) instanceof JsonArray plugins
                && plugins.elements().stream().allMatch(JsonObject.class::isInstance)) {
            return plugins.elements();
        }
        throw new IllegalStateException(FOLDER + "index.json is not {\"plugins\": [entry objects]}");
    }

    private static String archiveName(JsonObject entry, PluginId name) {
        if (entry.get("archive").orElse(null) instanceof JsonString archive && ARCHIVE_NAME.matcher(archive.value()).matches()) {
            return archive.value();
        }
        throw new IllegalStateException("The built-in plugin " + name + " names no archive file");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ClasspathBundledPlugins.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
