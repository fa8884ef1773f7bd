package com.recruitingscheduler.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The structure the code keeps: Google's client behind one door; features (top-level packages with everything below
 * them: a feature's pages and API count as the feature) whose dependencies form a directed graph without a cycle; and
 * no two packages that depend on each other both ways.
 */
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
    void theFeaturesDependOnEachOtherInOneDirectionOnly() {
        // candidate -> availability -> interview -> directory: a feature's adapters may use other features' services,
        // but what two features both need sits in the lower one (directory.Bookings) or behind a port (PanelCheck)
        slices().matching("com.recruitingscheduler.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("com.recruitingscheduler.(**)").should().beFreeOfCycles().check(APP);
    }
}
