package org.leverage.whatif;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class WhatIfArchitectureTest {

    @Test
    void theWhatIfToolsUseOnlyThePublicApiAndTheJdk() {
        JavaClasses whatIf = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.leverage.whatif");
        classes().that().resideInAPackage("org.leverage.whatif..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.leverage.whatif..", "org.leverage.api..",
                        "org.leverage.spelling..",
                        "java..")
                .because("the what-if tools are a client of the api, never of the engine, Drools or an adapter")
                .check(whatIf);
    }
}
