package org.servicepolicy.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The REST adapter's dependencies. */
@AnalyzeClasses(packages = "org.servicepolicy.rest", importOptions = ImportOption.DoNotIncludeTests.class)
class RestArchitectureTest {
    /** Adapters never depend on each other (design.md §1). */
    @ArchTest
    static final ArchRule rest_adapter_does_not_depend_on_the_jdbc_adapter = noClasses()
            .that().resideInAPackage("org.servicepolicy.rest..")
            .should().dependOnClassesThat().resideInAPackage("org.servicepolicy.jdbc..");

    /** Plain JAX-RS only, so that any runtime can mount the feature. */
    @ArchTest
    static final ArchRule rest_adapter_uses_no_particular_jax_rs_runtime = noClasses()
            .that().resideInAPackage("org.servicepolicy.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.glassfish..", "org.jboss.resteasy..",
                    "org.apache.cxf..", "io.helidon..", "io.quarkus..");

    /** The published request and answer records stand alone: only the feature wires the internals. */
    @ArchTest
    static final ArchRule public_api_does_not_expose_the_internals = noClasses()
            .that().resideInAPackage("org.servicepolicy.rest")
            .and().doNotHaveSimpleName("ServicePolicyFeature")
            .should().dependOnClassesThat().resideInAPackage("org.servicepolicy.rest.internal..");

    /** The adapter drives the core's use cases; it does not reach around them into the stores' implementations. */
    @ArchTest
    static final ArchRule rest_adapter_does_not_use_the_in_memory_stores = noClasses()
            .that().resideInAPackage("org.servicepolicy.rest..")
            .should().dependOnClassesThat().resideInAPackage("org.servicepolicy.inmemory..");
}
