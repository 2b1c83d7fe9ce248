package org.servicepolicy.inmemory;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The in-memory adapter's place in the architecture (design §1): it depends on core, never on another adapter. */
@AnalyzeClasses(packages = "org.servicepolicy.inmemory", importOptions = ImportOption.DoNotIncludeTests.class)
class InMemoryArchitectureTest {
    @ArchTest
    static final ArchRule the_in_memory_adapter_depends_on_the_core_and_the_jdk_only = classes()
            .that().resideInAPackage("org.servicepolicy.inmemory..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("org.servicepolicy..", "java..")
                    .and(not(resideInAnyPackage("org.servicepolicy.jdbc..", "org.servicepolicy.rest..",
                            "org.servicepolicy.testkit..", "org.servicepolicy.examples.."))));
}
