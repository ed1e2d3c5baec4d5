package com.ordermanagement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module structure of docs/ARCHITECTURE.md ("Modules"), checked on every build. Modules are the
 * top-level packages: the features {@code order} and {@code analytics}; the shared building blocks
 * {@code common} and {@code cosmos}, which know no feature; {@code web}, the HTTP edge, which knows no
 * feature either; and {@code health}, {@code demo} and {@code config}, which sit on top and wire the
 * rest. Arrows point down only, so there is no cycle between modules.
 */
@AnalyzeClasses(packages = "com.ordermanagement", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modulesAreFreeOfCycles =
            slices().matching("com.ordermanagement.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersInsideFeaturesAreFreeOfCycles =
            slices().matching("com.ordermanagement.(*).(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedBuildingBlocksKnowNoFeature = noClasses()
            .that()
            .resideInAnyPackage(
                    "com.ordermanagement.common..", "com.ordermanagement.cosmos..", "com.ordermanagement.logging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.ordermanagement.order..",
                    "com.ordermanagement.analytics..",
                    "com.ordermanagement.web..",
                    "com.ordermanagement.health..",
                    "com.ordermanagement.config..");

    /** config wires the modules together: it may use any of them, and none of them uses it. */
    @ArchTest
    static final ArchRule nothingDependsOnTheWiring = noClasses()
            .that()
            .resideOutsideOfPackage("com.ordermanagement.config..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.ordermanagement.config..");

    @ArchTest
    static final ArchRule webKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("com.ordermanagement.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.ordermanagement.order..",
                    "com.ordermanagement.analytics..",
                    "com.ordermanagement.health..",
                    "com.ordermanagement.config..");

    @ArchTest
    static final ArchRule ordersKnowNothingOfAnalytics = noClasses()
            .that()
            .resideInAPackage("com.ordermanagement.order..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.ordermanagement.analytics..");

    /** Analytics learns about orders from what the order feature publishes: its domain and its port. */
    @ArchTest
    static final ArchRule analyticsUsesOnlyWhatOrdersPublish = noClasses()
            .that()
            .resideInAPackage("com.ordermanagement.analytics..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.ordermanagement.order.api..",
                    "com.ordermanagement.order.service..",
                    "com.ordermanagement.order.store.embedded..",
                    "com.ordermanagement.order.store.cosmos..");

    @ArchTest
    static final ArchRule controllersNeverReachAdapters = noClasses()
            .that()
            .resideInAnyPackage("..api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..store.cosmos..", "..store.embedded..");

    @ArchTest
    static final ArchRule domainAndServicesKnowNoCosmos = noClasses()
            .that()
            .resideInAnyPackage("..domain..", "..service..", "..api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.azure..");

    @ArchTest
    static final ArchRule domainKnowsNoWebOrStore = noClasses()
            .that()
            .resideInAPackage("..order.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "..order.store..",
                    "..order.api..",
                    "..order.service..",
                    "jakarta.servlet..");

    @ArchTest
    static final ArchRule servicesDependOnPortsNotAdapters = noClasses()
            .that()
            .resideInAnyPackage("..service..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..store.cosmos..", "..store.embedded..", "..api..");

    @ArchTest
    static final ArchRule cosmosTypesStayInTheCosmosAdaptersAndTheirConfiguration = noClasses()
            .that()
            .resideOutsideOfPackages("..store.cosmos..", "com.ordermanagement.cosmos..", "com.ordermanagement.config..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.azure..");
}
