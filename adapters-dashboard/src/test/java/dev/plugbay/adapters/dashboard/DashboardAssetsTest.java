package dev.plugbay.adapters.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The dashboard's files as shipped: small enough, self-contained, and free of every HTML and code sink. */
class DashboardAssetsTest {

    private static final Path ROOT = Path.of("src", "main", "resources", "dashboard");
    private static final int FIRST_SCREEN_BUDGET = 150 * 1024;
    private static final Pattern SINKS = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\s*\\(|new Function|setAttribute\\(\\s*['\"]on"
                    + "|\\.src\\s*=|createContextualFragment|DOMParser");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([a-z-]+\\.js)'");

    @Test
    void everyFileTogetherIsUnderTheFirstScreenBudgetCompressed() throws IOException {
        long compressed = 0;
        for (Path file : files()) {
            compressed += gzipped(Files.readAllBytes(file));
        }
        assertTrue(compressed > 0 && compressed < FIRST_SCREEN_BUDGET,
                "the page, its style and every module (all load on the first screen): " + compressed + " bytes gzipped");
    }

    @Test
    void noScriptUsesAnHtmlOrCodeSink() throws IOException {
        for (Path script : scripts()) {
            Matcher sink = SINKS.matcher(Files.readString(script));
            assertTrue(!sink.find(), script + " uses " + (sink.hitEnd() ? "" : sink.group()));
        }
    }

    @Test
    void nothingComesFromAnotherOrigin() throws IOException {
        for (Path file : files()) {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            assertTrue(!text.contains("http://") && !text.contains("//cdn") && !text.contains("@import"),
                    file + " refers to another origin");
        }
    }

    @Test
    void everyImportedModuleShips() throws IOException {
        for (Path script : scripts()) {
            Matcher imported = IMPORT.matcher(Files.readString(script));
            while (imported.find()) {
                assertTrue(Files.isRegularFile(script.resolveSibling(imported.group(1))), script + " imports " + imported.group(1));
            }
        }
        assertEquals(List.of(), files().stream().filter(file -> file.toString().endsWith(".map")).toList());
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<Path> scripts() throws IOException {
        return files().stream().filter(file -> file.toString().endsWith(".js")).toList();
    }

    private static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
