package dev.plugbay.adapters.persistence.examples;

import dev.plugbay.application.port.out.catalog.ExampleCatalog;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The example plugins shipped in the jar under {@code examples/}. */
@Singleton
public class ResourceExampleCatalog implements ExampleCatalog {

    static final List<String> FILES = List.of("quality_checker", "digital_clock", "stock_alerts", "who_am_i",
            "request_logger", "webhook_notifier");

    @Override
    public List<JsonObject> documents() {
        return FILES.stream().map(ResourceExampleCatalog::read).toList();
    }

    private static JsonObject read(String name) {
        String path = "examples/" + name + ".json";
        try (InputStream in = ResourceExampleCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The example " + path + " is missing from the jar");
            }
            return (JsonObject) JsonReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
