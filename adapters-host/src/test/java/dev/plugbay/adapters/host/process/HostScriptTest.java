package dev.plugbay.adapters.host.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostScriptTest {

    @TempDir
    Path home;

    @Test
    void theBundledScriptIsWrittenReadOnlyOnceAndPutBackWhenChanged() throws IOException {
        Path runtime = home.resolve("runtime");

        Path script = HostScript.install(runtime);

        assertEquals(List.of(script), files(runtime));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
        assertArrayEquals(bundled(), Files.readAllBytes(script));
        FileTime written = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(script, written);

        assertEquals(script, HostScript.install(runtime));
        assertEquals(written, Files.getLastModifiedTime(script), "an intact script is not written again");

        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(script, "process.exit(0);\n");
        assertEquals(script, HostScript.install(runtime));
        assertArrayEquals(bundled(), Files.readAllBytes(script));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
    }

    @Test
    void scriptsOfOtherVersionsAreRemoved() throws IOException {
        Path runtime = Files.createDirectories(home.resolve("runtime"));
        Path older = Files.writeString(runtime.resolve("plugbay-host-0011223344556677.mjs"), "old");
        Path unrelated = Files.writeString(runtime.resolve("notes.txt"), "kept");

        Path script = HostScript.install(runtime);

        assertFalse(Files.exists(older));
        assertEquals(List.of(unrelated, script).stream().sorted().toList(), files(runtime));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static byte[] bundled() throws IOException {
        try (InputStream in = HostScript.class.getResourceAsStream(HostScript.RESOURCE)) {
            return in.readAllBytes();
        }
    }
}
