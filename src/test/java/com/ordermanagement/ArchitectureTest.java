package com.ordermanagement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md, checked on every build. */
@AnalyzeClasses(packages = "com.ordermanagement", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
            .resideInAnyPackage("org.springframework.web..", "..order.store..", "..order.api..", "jakarta.servlet..");

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
            .resideOutsideOfPackages("..store.cosmos..", "com.ordermanagement.config..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.azure..");
}
