package fr.etude.dossier.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules: the web talks to the core's ports and the adapters stay behind them, package-private;
 * no feature package of a module depends on another that depends back on it.
 */
@AnalyzeClasses(packages = "fr.etude.dossier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersDoNotUsePersistenceTypes = noClasses()
            .that().resideInAPackage("fr.etude.dossier.web..")
            .and().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAPackage("fr.etude.dossier.persistence..")
            .because("controllers go through the core's ports, never the adapters");

    @ArchTest
    static final ArchRule controllersDoNotUseJpaOrJdbc = noClasses()
            .that().resideInAPackage("fr.etude.dossier.web..")
            .and().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.jdbc..",
                    "org.springframework.data..")
            .because("a controller binds a form and calls one service; data access is elsewhere");

    @ArchTest
    static final ArchRule theWebUsesPersistenceOnlyToConfigureIt = noClasses()
            .that().resideInAPackage("fr.etude.dossier.web..")
            .and().resideOutsideOfPackage("fr.etude.dossier.web.config..")
            .should().dependOnClassesThat().resideInAPackage("fr.etude.dossier.persistence..")
            .because("the web reaches data through the core's ports; only its configuration knows the persistence module");

    @ArchTest
    static final ArchRule featurePackagesOfTheCoreAreFreeOfCycles = slices()
            .matching("fr.etude.dossier.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featurePackagesOfThePersistenceAreFreeOfCycles = slices()
            .matching("fr.etude.dossier.persistence.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featurePackagesOfTheWebAreFreeOfCycles = slices()
            .matching("fr.etude.dossier.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule adaptersEntitiesAndRepositoriesArePackagePrivate = classes()
            .that().resideInAPackage("fr.etude.dossier.persistence..")
            .and().areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .or().areAnnotatedWith(jakarta.persistence.Entity.class)
            .or().areAssignableTo(org.springframework.data.repository.Repository.class)
            .should().notBePublic()
            .because("an adapter is reached through its core port, never by its class");

    @ArchTest
    static final ArchRule coreDependsOnNothingOfTheFrameworks = noClasses()
            .that().resideInAPackage("fr.etude.dossier.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..", "fr.etude.dossier.persistence..", "fr.etude.dossier.web..");
}
