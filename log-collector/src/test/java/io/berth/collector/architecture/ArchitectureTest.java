package io.berth.collector.architecture;

import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No cycle between log-collector's packages (a feature package depends only on those below it), and
 * constructor injection only.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.berth.collector");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.berth.collector.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** Constructor injection only: the dependencies a class needs are the ones its constructor names. */
    @Test
    void noFieldInjection() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(MAIN);
    }
}
