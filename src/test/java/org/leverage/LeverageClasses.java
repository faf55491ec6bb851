package org.leverage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Leverage's own classes, tests left out, read once for every architecture test that judges them. */
public final class LeverageClasses {

    /** Everything under {@code org.leverage} in the main code. */
    public static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.leverage");

    private LeverageClasses() {
    }
}
