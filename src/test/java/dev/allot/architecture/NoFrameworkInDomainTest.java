package dev.allot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain core is plain Java: no Spring, no JDBC, no servlet, no JSON library (ddd-by-examples' NoSpringInDomainLogicTest). */
@AnalyzeClasses(packages = "dev.allot", importOptions = ImportOption.DoNotIncludeTests.class)
class NoFrameworkInDomainTest {

    @ArchTest
    static final ArchRule domain_classes_do_not_depend_on_frameworks = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "jakarta.servlet..", "tools.jackson..", "com.fasterxml.jackson..", "org.postgresql..", "com.zaxxer..");

    @ArchTest
    static final ArchRule domain_classes_do_not_depend_on_stores_or_controllers = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Controller")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Service");
}
