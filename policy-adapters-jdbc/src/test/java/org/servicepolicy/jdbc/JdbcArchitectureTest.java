package org.servicepolicy.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The JDBC adapter's place in the architecture (design §1): it depends on core, never on another adapter. */
@AnalyzeClasses(packages = "org.servicepolicy.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class JdbcArchitectureTest {

    @ArchTest
    static final ArchRule the_jdbc_adapter_does_not_depend_on_the_rest_adapter = noClasses()
            .that().resideInAPackage("org.servicepolicy.jdbc..")
            .should().dependOnClassesThat().resideInAPackage("org.servicepolicy.rest..");

    @ArchTest
    static final ArchRule the_jdbc_adapter_has_no_package_cycles = slices()
            .matching("org.servicepolicy.(jdbc)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule internal_helpers_do_not_reach_back_into_the_adapter = noClasses()
            .that().resideInAPackage("org.servicepolicy.jdbc.internal..")
            .should().dependOnClassesThat().resideInAPackage("org.servicepolicy.jdbc");

    @ArchTest
    static final ArchRule only_the_entry_points_are_public = classes()
            .that().resideInAPackage("org.servicepolicy.jdbc").and().areTopLevelClasses().and().arePublic()
            .should().haveSimpleName("JdbcStores").orShould().haveSimpleName("JdbcTransactions");

    @ArchTest
    static final ArchRule the_adapter_uses_the_in_memory_adapter_nowhere = noClasses()
            .that().resideInAPackage("org.servicepolicy.jdbc..")
            .should().dependOnClassesThat().resideInAPackage("org.servicepolicy.inmemory..");
}
