package dev.plugbay.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Leaves out test code that {@link ImportOption.DoNotIncludeTests} keeps: test jars, and the port
 * contract kit (the contracts and the in-memory port implementations), which is a jar of its own.
 */
final class DoNotIncludeTestJars implements ImportOption {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");
    private static final Pattern CONTRACT_KIT = Pattern.compile(".*(/plugbay-port-contracts-[^/]*\\.jar!/|/port-contracts/target/classes/).*");

    @Override
    public boolean includes(Location location) {
        return !location.matches(TEST_JAR) && !location.matches(CONTRACT_KIT);
    }
}
