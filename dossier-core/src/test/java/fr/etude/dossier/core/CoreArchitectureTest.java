package fr.etude.dossier.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java: it must be readable and testable without any framework. */
@AnalyzeClasses(packages = "fr.etude.dossier.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworkInTheDomain = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..",
                    "org.hibernate..")
            .because("DESIGN.md: dossier-core is pure Java");
}
