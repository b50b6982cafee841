package dev.plugbay.bootstrap.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** A rule over an empty package passes whatever the code does: each architecture package must hold production classes. */
class ArchitecturePackagesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new DoNotIncludeTestJars())
            .importPackages(ArchitectureTest.ROOT);

    @ParameterizedTest
    @FieldSource("dev.plugbay.bootstrap.architecture.ArchitectureRules#ARCHITECTURE_PACKAGES")
    void packageHoldsProductionClasses(String relativePackage) {
        String tree = ArchitectureRules.forRoot(ArchitectureTest.ROOT).tree(relativePackage);

        assertFalse(PRODUCTION.that(JavaClass.Predicates.resideInAPackage(tree)).isEmpty(),
                "no production class in " + tree);
    }
}
