/*
 * Build step, run by Maven (adapters-host/pom.xml) with Java's source launcher before resources are
 * processed; it is not part of Plugbay's code and is not in the jar.
 *
 *   java -cp <compile classpath> PackageBuiltinPlugins.java <sources> <output> <name>...
 *
 * For each named folder of <sources>: reads its plugin.json with Plugbay's own ManifestReader (an
 * invalid manifest fails the build), packs the folder into <output>/<id>-<version>.zip, and adds the
 * plugin's seed entry to <output>/index.json, with the archive's SHA-256 and the sha384 integrity
 * pin of its entry file. The archives are reproducible: entries in path order, stored (deflate output
 * differs between zlib versions), one fixed time read the same in every time zone, modes 644 or 755.
 */

import dev.plugbay.domain.integrity.ArchiveDigest;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.stac.StacLimits;
import dev.plugbay.domain.stac.StacValidator;
import dev.plugbay.domain.stac.StacVocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

public class PackageBuiltinPlugins {

    /** A zip stores local time; this is 2000-01-01 00:00 wherever the build runs. */
    private static final long ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0)
            .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: PackageBuiltinPlugins <sources> <output> <name>...");
        }
        Path sources = Path.of(args[0]);
        Path output = Files.createDirectories(Path.of(args[1]));
        ManifestReader reader = new ManifestReader(SlotCatalog.DEFAULT,
                new StacValidator(StacVocabulary.DEFAULT, StacLimits.DEFAULT), Optional.empty());
        List<JsonValue> entries = new ArrayList<>();
        for (String name : Arrays.copyOfRange(args, 2, args.length)) {
            entries.add(pack(sources.resolve(name), output, reader));
        }
        JsonObject index = new JsonObject(Map.of("plugins", new JsonArray(entries)));
        Files.writeString(output.resolve("index.json"), index.toJson() + "\n", StandardCharsets.UTF_8);
    }

    private static JsonObject pack(Path folder, Path output, ManifestReader reader) throws IOException {
        JsonObject document = (JsonObject) JsonReader.parse(Files.readString(folder.resolve("plugin.json"), StandardCharsets.UTF_8));
        ManifestReading reading = reader.read(document, ManifestOrigin.document());
        reading.warnings().forEach(warning -> System.out.println("[builtin-plugins] " + folder.getFileName() + ": " + warning));
        Manifest manifest = reading.manifest();
        if (!manifest.id().value().equals(folder.getFileName().toString())) {
            throw new IllegalStateException(folder + " holds the plugin " + manifest.id());
        }
        String archiveName = manifest.id() + "-" + manifest.version() + ".zip";
        byte[] archive = zip(folder);
        Files.write(output.resolve(archiveName), archive);
        byte[] entryFile = Files.readAllBytes(folder.resolve(manifest.main().value()));

        Map<String, JsonValue> entry = new LinkedHashMap<>();
        entry.put("name", new JsonString(manifest.id().value()));
        entry.put("version", new JsonString(manifest.version().toString()));
        entry.put("description", new JsonString(manifest.description()));
        entry.put("author", new JsonString(manifest.author().value()));
        entry.put("license", new JsonString(manifest.license().value()));
        entry.put("tags", new JsonArray(manifest.tags().stream().<JsonValue>map(tag -> new JsonString(tag.value())).toList()));
        entry.put("downloadUrl", new JsonString(""));
        entry.put("repository", JsonNull.INSTANCE);
        entry.put("integrity", new JsonString(Integrity.of(Integrity.Algorithm.SHA384, entryFile).toString()));
        entry.put("sha256", new JsonString(ArchiveDigest.of(archive).hex()));
        entry.put("downloads", JsonNumber.of(0));
        entry.put("rating", JsonNumber.of(0));
        entry.put("verified", JsonBoolean.TRUE);
        entry.put("lastUpdated", JsonNull.INSTANCE);
        entry.put("bundled", JsonBoolean.TRUE);
        entry.put("archive", new JsonString(archiveName));
        System.out.println("[builtin-plugins] " + archiveName + " " + entry.get("sha256").toJson());
        return new JsonObject(entry);
    }

    private static byte[] zip(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(path -> !path.equals(folder)).sorted().toList();
        }
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(channel)) {
            for (Path path : files) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    zip.putArchiveEntry(entry(name + "/", 040755, new byte[0]));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    byte[] content = Files.readAllBytes(path);
                    boolean executable = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OWNER_EXECUTE);
                    zip.putArchiveEntry(entry(name, executable ? 0100755 : 0100644, content));
                    zip.write(content);
                } else {
                    throw new IllegalStateException(path + " is neither a file nor a folder");
                }
                zip.closeArchiveEntry();
            }
        }
        return Arrays.copyOf(channel.array(), (int) channel.size());
    }

    private static ZipArchiveEntry entry(String name, int unixMode, byte[] content) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(unixMode);
        entry.setMethod(ZipArchiveEntry.STORED);
        entry.setTime(ENTRY_TIME);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setSize(content.length);
        entry.setCrc(crc.getValue());
        return entry;
    }
}
