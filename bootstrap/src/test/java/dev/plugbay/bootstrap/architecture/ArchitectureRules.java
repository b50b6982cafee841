package dev.plugbay.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.client.annotation.Client;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The hexagonal rules of ARCHITECTURE.md for the packages under one root, so that the same rules
 * run against the production code and against the deliberately broken fixtures. Every rule allows
 * an empty target: the non-empty checks are separate tests, one per architecture package.
 */
final class ArchitectureRules {

    static final List<String> ARCHITECTURE_PACKAGES = List.of(
            "domain",
            "application.port.in",
            "application.port.out",
            "application.service",
            "adapters.rest",
            "adapters.persistence",
            "adapters.github",
            "adapters.host",
            "adapters.dashboard",
            "bootstrap");

    private final String root;

    private ArchitectureRules(String root) {
        this.root = root;
    }

    static ArchitectureRules forRoot(String root) {
        return new ArchitectureRules(root);
    }

    /** {@code root.relative..}: the package and everything below it. */
    String tree(String relative) {
        return root + "." + relative + "..";
    }

    ArchRule domainDependsOnlyOnDomainAndJava() {
        return classes().that().resideInAPackage(tree("domain"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(tree("domain"), "java..")
                .because("the domain is pure Java; annotations are dependencies too")
                .allowEmptyShould(true);
    }

    ArchRule applicationDependsOnlyOnApplicationDomainAndJava() {
        return classes().that().resideInAPackage(tree("application"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(tree("application"), tree("domain"), "java..")
                .because("use cases carry no framework; bootstrap wires them")
                .allowEmptyShould(true);
    }

    ArchRule incomingPortsDependOnNeitherOutgoingPortsNorServices() {
        return noClasses().that().resideInAPackage(tree("application.port.in"))
                .should().dependOnClassesThat().resideInAnyPackage(tree("application.port.out"), tree("application.service"))
                .allowEmptyShould(true);
    }

    ArchRule outgoingPortsDependOnNeitherIncomingPortsNorServices() {
        return noClasses().that().resideInAPackage(tree("application.port.out"))
                .should().dependOnClassesThat().resideInAnyPackage(tree("application.port.in"), tree("application.service"))
                .allowEmptyShould(true);
    }

    ArchRule incomingPortsAreInterfacesAndRecords() {
        return classes().that().resideInAPackage(tree("application.port.in")).and().doNotHaveSimpleName("package-info")
                .should().beInterfaces().orShould().beRecords()
                .because("an incoming port is a use-case interface and the records it takes and answers; behaviour lives in services")
                .allowEmptyShould(true);
    }

    ArchRule useCaseInterfacesEndInUseCase() {
        return classes().that().resideInAPackage(tree("application.port.in")).and().areInterfaces()
                .and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("UseCase")
                .because("every interface of port.in is a use case, and its name says so")
                .allowEmptyShould(true);
    }

    ArchRule onlyBootstrapTouchesServices() {
        return noClasses().that().resideOutsideOfPackages(tree("application.service"), tree("bootstrap"))
                .should().dependOnClassesThat().resideInAPackage(tree("application.service"))
                .because("adapters talk to the incoming ports; bootstrap creates the services")
                .allowEmptyShould(true);
    }

    ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(root + ".adapters.(*)..")
                .should().notDependOnEachOther()
                .allowEmptyShould(true);
    }

    ArchRule controllersOnlyInRestAdapter() {
        return annotationOnlyIn(Controller.class, "adapters.rest");
    }

    ArchRule mappedEntitiesOnlyInPersistenceAdapter() {
        return annotationOnlyIn(MappedEntity.class, "adapters.persistence");
    }

    ArchRule jdbcRepositoriesOnlyInPersistenceAdapter() {
        return annotationOnlyIn(JdbcRepository.class, "adapters.persistence");
    }

    ArchRule httpClientsOnlyInGitHubAdapter() {
        return annotationOnlyIn(Client.class, "adapters.github");
    }

    ArchRule childProcessesOnlyInHostAdapter() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(tree("adapters.host"))
                .should().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, Process.class, ProcessHandle.class)
                .because("only the host adapter starts, signals and reaps processes, behind the PluginProcesses port")
                .allowEmptyShould(true);
    }

    ArchRule factoriesOnlyInBootstrap() {
        return annotationOnlyIn(Factory.class, "bootstrap");
    }

    ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    ArchRule coreTakesTimeFromAClock() {
        ClassesShouldConjunction rule = noClasses().that().resideInAnyPackage(tree("domain"), tree("application"))
                .should().callMethod(System.class, "currentTimeMillis");
        for (Class<?> type : List.of(Instant.class, LocalDateTime.class, LocalDate.class, OffsetDateTime.class, ZonedDateTime.class)) {
            rule = rule.orShould().callMethod(type, "now");
        }
        return rule.because("time comes in through a java.time.Clock").allowEmptyShould(true);
    }

    private ArchRule annotationOnlyIn(Class<? extends Annotation> annotation, String home) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(tree(home))
                .should().beAnnotatedWith(annotation)
                .allowEmptyShould(true);
    }
}
