package org.servicepolicy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core's architecture rules (design.md §2). */
@AnalyzeClasses(packages = "org.servicepolicy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule core_depends_on_the_jdk_only = classes().that().resideInAPackage("org.servicepolicy..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.servicepolicy..", "java..");

    @ArchTest
    static final ArchRule policy_areas_have_no_cycles = slices().matching("org.servicepolicy.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule rules_never_read_the_system_clock = noClasses().that().resideInAPackage("org.servicepolicy..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone");

    /** The entry point wires everything; nothing depends on it, so adapters implementing the ports make no cycle. */
    @ArchTest
    static final ArchRule nothing_depends_on_the_entry_point = noClasses()
            .that().resideOutsideOfPackage("org.servicepolicy")
            .should().dependOnClassesThat().resideInAPackage("org.servicepolicy");
}
