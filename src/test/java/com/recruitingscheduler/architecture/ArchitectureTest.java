package com.recruitingscheduler.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The structure the code keeps: Google's client behind one door, and packages that never depend on each other both ways. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.recruitingscheduler");

    @Test
    void onlyTheCalendarPackageUsesGooglesClient() {
        noClasses().that().resideOutsideOfPackage("com.recruitingscheduler.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.api..")
                .check(APP);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("com.recruitingscheduler.(**)").should().beFreeOfCycles().check(APP);
    }
}
