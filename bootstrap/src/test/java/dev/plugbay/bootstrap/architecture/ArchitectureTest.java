package dev.plugbay.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules applied to the production code of every module. */
@AnalyzeClasses(packages = ArchitectureTest.ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureTest {

    static final String ROOT = "dev.plugbay";
    private static final ArchitectureRules RULES = ArchitectureRules.forRoot(ROOT);

    @ArchTest
    static final ArchRule domainDependsOnlyOnDomainAndJava = RULES.domainDependsOnlyOnDomainAndJava();

    @ArchTest
    static final ArchRule applicationDependsOnlyOnApplicationDomainAndJava = RULES.applicationDependsOnlyOnApplicationDomainAndJava();

    @ArchTest
    static final ArchRule incomingPortsDependOnNeitherOutgoingPortsNorServices = RULES.incomingPortsDependOnNeitherOutgoingPortsNorServices();

    @ArchTest
    static final ArchRule outgoingPortsDependOnNeitherIncomingPortsNorServices = RULES.outgoingPortsDependOnNeitherIncomingPortsNorServices();

    @ArchTest
    static final ArchRule incomingPortsAreInterfacesAndRecords = RULES.incomingPortsAreInterfacesAndRecords();

    @ArchTest
    static final ArchRule useCaseInterfacesEndInUseCase = RULES.useCaseInterfacesEndInUseCase();

    @ArchTest
    static final ArchRule onlyBootstrapTouchesServices = RULES.onlyBootstrapTouchesServices();

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = RULES.adaptersDoNotDependOnEachOther();

    @ArchTest
    static final ArchRule controllersOnlyInRestAdapter = RULES.controllersOnlyInRestAdapter();

    @ArchTest
    static final ArchRule mappedEntitiesOnlyInPersistenceAdapter = RULES.mappedEntitiesOnlyInPersistenceAdapter();

    @ArchTest
    static final ArchRule jdbcRepositoriesOnlyInPersistenceAdapter = RULES.jdbcRepositoriesOnlyInPersistenceAdapter();

    @ArchTest
    static final ArchRule httpClientsOnlyInGitHubAdapter = RULES.httpClientsOnlyInGitHubAdapter();

    @ArchTest
    static final ArchRule childProcessesOnlyInHostAdapter = RULES.childProcessesOnlyInHostAdapter();

    @ArchTest
    static final ArchRule factoriesOnlyInBootstrap = RULES.factoriesOnlyInBootstrap();

    @ArchTest
    static final ArchRule noPackageCycles = RULES.noPackageCycles();

    @ArchTest
    static final ArchRule coreTakesTimeFromAClock = RULES.coreTakesTimeFromAClock();
}
