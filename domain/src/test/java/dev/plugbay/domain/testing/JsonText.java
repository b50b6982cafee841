package dev.plugbay.domain.testing;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test support: documents stated as JSON text, read with the production {@link JsonReader}. In
 * test tables single quotes stand for double quotes ({@code {'type':'number'}}) so the tables stay
 * readable; fixture files are read exactly as they are.
 */
public final class JsonText {

    private JsonText() {
    }

    public static JsonValue json(String text) {
        return JsonReader.parse(text.replace('\'', '"'));
    }

    public static JsonObject object(String text) {
        return (JsonObject) json(text);
    }

    /** A file of the shared fixtures, e.g. {@code registry/plugins/quality_checker.json}. */
    public static JsonObject fixture(String relativePath) {
        try {
            return (JsonObject) JsonReader.parse(Files.readString(fixtures().resolve(relativePath), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shared fixtures folder: the repository's own copy in {@code shared/fixtures} (so that a
     * clone builds anywhere), else {@code shared/fixtures} beside it.
     */
    public static Path fixtures() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("shared/fixtures"), dir.resolve("../shared/fixtures")}) {
                if (Files.isDirectory(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        throw new IllegalStateException("shared/fixtures not found above " + System.getProperty("user.dir"));
    }
}
