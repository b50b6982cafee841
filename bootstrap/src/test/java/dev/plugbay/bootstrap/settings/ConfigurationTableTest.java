package dev.plugbay.bootstrap.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.rest.security.JwtSettings;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's configuration table against the properties that exist: every property a Plugbay
 * {@code @ConfigurationProperties} record binds is in the table, and every name in the table is
 * bound, by Plugbay or by the framework. The bound properties are those the Micronaut annotation
 * processor describes in each module's {@code META-INF/spring-configuration-metadata.json}.
 */
class ConfigurationTableTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final Pattern NAME = Pattern.compile("`([a-z.][a-z0-9.*-]*)`");
    /** Read by name, not bound: the {@code token} command reads them without creating beans. */
    private static final Set<String> READ_BY_NAME = Set.of(JwtSettings.SECRET_PROPERTY, JwtSettings.ISSUER_PROPERTY);

    @Test
    void everyBoundPlugbayPropertyIsInTheTable() throws IOException {
        Set<String> missing = new TreeSet<>(plugbayProperties());
        missing.removeAll(tableNames());

        assertEquals(Set.of(), missing, "bound but not in README's configuration table");
    }

    @Test
    void everyNameInTheTableIsBound() throws IOException {
        List<String> framework = frameworkProperties();
        Set<String> plugbay = plugbayProperties();
        Set<String> unknown = new TreeSet<>();
        for (String name : tableNames()) {
            if (!plugbay.contains(name) && framework.stream().noneMatch(known -> matches(known, name))) {
                unknown.add(name);
            }
        }

        assertEquals(Set.of(), unknown, "in README's configuration table but bound by nothing");
    }

    @Test
    void theBoundPropertiesAreFoundInEveryModule() throws IOException {
        Set<String> bound = plugbayProperties();

        for (String property : List.of("plugbay.outbound.allowed-hosts", "plugbay.github.api-url",
                "plugbay.catalog.release-cache-size", "plugbay.rest.page-cache-bytes", "plugbay.runtime.node", "plugbay.slots",
                "plugbay.registry.sync-interval")) {
            assertTrue(bound.contains(property), property + " in " + bound);
        }
    }

    /** The property names in the first column of the table under "## Configuration"; {@code .x} continues the previous name. */
    private static Set<String> tableNames() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("\n## Configuration\n"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        Set<String> names = new TreeSet<>();
        for (String line : section.lines().filter(row -> row.startsWith("| `")).toList()) {
            String previous = "";
            Matcher name = NAME.matcher(line.substring(0, line.indexOf(" |", 2)));
            while (name.find()) {
                String found = name.group(1);
                previous = found.startsWith(".") ? previous.substring(0, previous.lastIndexOf('.')) + found : found;
                names.add(previous);
            }
        }
        assertTrue(names.size() > 20, "the table was not found: " + names);
        return names;
    }

    private static Set<String> plugbayProperties() throws IOException {
        Set<String> names = new TreeSet<>(READ_BY_NAME);
        for (JsonObject property : metadataProperties()) {
            if (text(property, "sourceType").startsWith("dev.plugbay.")) {
                names.add(text(property, "name"));
            }
        }
        return names;
    }

    private static List<String> frameworkProperties() throws IOException {
        return metadataProperties().stream()
                .filter(property -> !text(property, "sourceType").startsWith("dev.plugbay."))
                .map(property -> text(property, "name"))
                .toList();
    }

    private static List<JsonObject> metadataProperties() throws IOException {
        List<JsonObject> properties = new ArrayList<>();
        for (URL file : Collections.list(ConfigurationTableTest.class.getClassLoader().getResources(METADATA))) {
            try (InputStream in = file.openStream()) {
                JsonValue document = JsonReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                ((JsonObject) document).get("properties").map(JsonArray.class::cast).map(JsonArray::elements).orElse(List.of())
                        .forEach(property -> properties.add((JsonObject) property));
            }
        }
        return properties;
    }

    /** A framework name such as {@code datasources.*.url} matches {@code datasources.default.url}. */
    private static boolean matches(String known, String name) {
        return Pattern.compile(Pattern.quote(known).replace("*", "\\E[a-z0-9-]+\\Q")).matcher(name).matches();
    }

    private static String text(JsonObject object, String member) {
        return object.get(member).map(value -> ((JsonString) value).value()).orElse("");
    }
}
