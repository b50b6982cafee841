package dev.plugbay.bootstrap.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every main package says what it holds: a {@code package-info.java} whose Javadoc comes before its
 * package statement, in every module's {@code src/main/java}.
 */
class PackageInfoTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Pattern DOCUMENTED = Pattern.compile("\\A\\s*/\\*\\*(?!\\s*\\*/)[\\s\\S]*?\\*/\\s*package ([\\w.]+);\\s*\\z");

    @Test
    void everyMainPackageSaysWhatItHolds() {
        Map<String, String> problems = new TreeMap<>();
        mainPackages().forEach((name, directory) -> {
            Path info = directory.resolve("package-info.java");
            if (!Files.isRegularFile(info)) {
                problems.put(name, "has no package-info.java");
                return;
            }
            var documented = DOCUMENTED.matcher(read(info));
            if (!documented.matches()) {
                problems.put(name, "package-info.java is not a Javadoc comment followed by the package statement");
            } else if (!documented.group(1).equals(name)) {
                problems.put(name, "package-info.java declares " + documented.group(1));
            }
        });

        assertEquals(Map.of(), problems);
    }

    /** The source scan sees every package the production classes are in, so it cannot pass by finding nothing. */
    @Test
    void theScanCoversEveryPackageOfProductionClasses() {
        Set<String> production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new DoNotIncludeTestJars())
                .importPackages(ArchitectureTest.ROOT).stream()
                .map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertTrue(production.size() > 40, "only " + production.size() + " packages of production classes found");
        Set<String> unscanned = new TreeSet<>(production);
        unscanned.removeAll(mainPackages().keySet());
        assertEquals(Set.of(), unscanned);
    }

    /** Each package with a Java source under a module's {@code src/main/java}, by name. */
    private static Map<String, Path> mainPackages() {
        Map<String, Path> packages = new TreeMap<>();
        for (Path sources : moduleSources()) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .map(Path::getParent)
                        .distinct()
                        .forEach(directory -> packages.put(
                                sources.relativize(directory).toString().replace(directory.getFileSystem().getSeparator(), "."),
                                directory));
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
        return packages;
    }

    private static List<Path> moduleSources() {
        try (Stream<Path> modules = Files.list(REPOSITORY)) {
            return modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
