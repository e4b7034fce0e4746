package fr.etude.dossier.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The web layer talks to the core's ports; the persistence adapters stay behind them. */
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
    static final ArchRule coreDependsOnNothingOfTheFrameworks = noClasses()
            .that().resideInAPackage("fr.etude.dossier.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..", "fr.etude.dossier.persistence..", "fr.etude.dossier.web..");
}
