package dev.plugbay.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/** Leaves out test jars, such as the application's in-memory port implementations, which {@link ImportOption.DoNotIncludeTests} keeps. */
final class DoNotIncludeTestJars implements ImportOption {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
        return !location.matches(TEST_JAR);
    }
}
