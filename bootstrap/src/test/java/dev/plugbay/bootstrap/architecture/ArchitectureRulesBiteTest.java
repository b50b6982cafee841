package dev.plugbay.bootstrap.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that each rule fails on a fixture that breaks it and passes on a fixture that follows the
 * architecture. Every broken fixture is a root of its own, so a rule can only fail on its own violation.
 */
class ArchitectureRulesBiteTest {

    private static final String FIXTURES = "dev.plugbay.archfixture";
    private static final String GOOD_ROOT = FIXTURES + ".good";

    static Stream<Arguments> rulesAndTheFixturesThatBreakThem() {
        return Stream.of(
                rule("domainDependsOnlyOnDomainAndJava", ArchitectureRules::domainDependsOnlyOnDomainAndJava, "micronautindomain"),
                rule("applicationDependsOnlyOnApplicationDomainAndJava",
                        ArchitectureRules::applicationDependsOnlyOnApplicationDomainAndJava, "singletoninapplication"),
                rule("incomingPortsDependOnNeitherOutgoingPortsNorServices",
                        ArchitectureRules::incomingPortsDependOnNeitherOutgoingPortsNorServices, "portinusesportout"),
                rule("outgoingPortsDependOnNeitherIncomingPortsNorServices",
                        ArchitectureRules::outgoingPortsDependOnNeitherIncomingPortsNorServices, "portoutusesportin"),
                rule("incomingPortsAreInterfacesAndRecords (a class)",
                        ArchitectureRules::incomingPortsAreInterfacesAndRecords, "classinportin"),
                rule("incomingPortsAreInterfacesAndRecords (an enum)",
                        ArchitectureRules::incomingPortsAreInterfacesAndRecords, "enuminportin"),
                rule("useCaseInterfacesEndInUseCase", ArchitectureRules::useCaseInterfacesEndInUseCase, "usecasenamedotherwise"),
                rule("onlyBootstrapTouchesServices", ArchitectureRules::onlyBootstrapTouchesServices, "adapterusesservice"),
                rule("adaptersDoNotDependOnEachOther", ArchitectureRules::adaptersDoNotDependOnEachOther, "adapterusesadapter"),
                rule("controllersOnlyInRestAdapter", ArchitectureRules::controllersOnlyInRestAdapter, "controlleroutsiderest"),
                rule("mappedEntitiesOnlyInPersistenceAdapter",
                        ArchitectureRules::mappedEntitiesOnlyInPersistenceAdapter, "entityoutsidepersistence"),
                rule("jdbcRepositoriesOnlyInPersistenceAdapter",
                        ArchitectureRules::jdbcRepositoriesOnlyInPersistenceAdapter, "repositoryoutsidepersistence"),
                rule("httpClientsOnlyInGitHubAdapter", ArchitectureRules::httpClientsOnlyInGitHubAdapter, "clientoutsidegithub"),
                rule("childProcessesOnlyInHostAdapter", ArchitectureRules::childProcessesOnlyInHostAdapter, "processoutsidehost"),
                rule("factoriesOnlyInBootstrap", ArchitectureRules::factoriesOnlyInBootstrap, "factoryoutsidebootstrap"),
                rule("noPackageCycles", ArchitectureRules::noPackageCycles, "packagecycle"),
                rule("coreTakesTimeFromAClock (domain)", ArchitectureRules::coreTakesTimeFromAClock, "clockindomain"),
                rule("coreTakesTimeFromAClock (application)", ArchitectureRules::coreTakesTimeFromAClock, "clockinapplication"));
    }

    @ParameterizedTest(name = "{0} fails on {2}")
    @MethodSource("rulesAndTheFixturesThatBreakThem")
    void ruleFailsOnItsBrokenFixture(String name, Function<ArchitectureRules, ArchRule> rule, String fixture) {
        String root = FIXTURES + ".bad." + fixture;
        JavaClasses classes = importFixture(root);

        assertThrows(AssertionError.class, () -> rule.apply(ArchitectureRules.forRoot(root)).check(classes));
    }

    @ParameterizedTest(name = "{0} passes on the good fixture")
    @MethodSource("rulesAndTheFixturesThatBreakThem")
    void rulePassesOnTheGoodFixture(String name, Function<ArchitectureRules, ArchRule> rule, String ignoredFixture) {
        rule.apply(ArchitectureRules.forRoot(GOOD_ROOT)).check(importFixture(GOOD_ROOT));
    }

    private static Arguments rule(String name, Function<ArchitectureRules, ArchRule> rule, String brokenFixture) {
        return Arguments.of(name, rule, brokenFixture);
    }

    private static JavaClasses importFixture(String root) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        if (classes.isEmpty()) {
            throw new IllegalStateException("The fixture " + root + " is missing from the test classes");
        }
        return classes;
    }
}
