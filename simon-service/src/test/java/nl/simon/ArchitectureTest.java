package nl.simon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of docs/adr/0001-stack.md: a pure domain, adapters that do not call each other. */
@AnalyzeClasses(packages = "nl.simon", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] DOMAIN = {
        "nl.simon.shared..", "nl.simon.tenant..", "nl.simon.customer..", "nl.simon.item..", "nl.simon.workorder..",
        "nl.simon.integration..", "nl.simon.sync.."
    };

    @ArchTest
    static final ArchRule domain_uses_no_spring_sql_http_or_jackson = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "java.net.http..",
                    "com.fasterxml.jackson..", "tools.jackson..", "jakarta.servlet..", "jakarta.persistence..")
            .because("domain logic and use cases must stay plain Java (HOUSE_STYLE.md)");

    @ArchTest
    static final ArchRule domain_does_not_know_adapters_or_wiring = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("nl.simon.adapter..", "nl.simon.app..");

    @ArchTest
    static final ArchRule adapters_do_not_call_each_other = slices()
            .matching("nl.simon.adapter.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_the_wiring = noClasses()
            .that().resideInAPackage("nl.simon.adapter..")
            .should().dependOnClassesThat().resideInAPackage("nl.simon.app..");

    @ArchTest
    static final ArchRule no_manager_helper_or_util_classes = noClasses()
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils");
}
