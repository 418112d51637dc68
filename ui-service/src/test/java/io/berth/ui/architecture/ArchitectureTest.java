package io.berth.ui.architecture;

import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No cycle between ui-service's packages: a feature depends only on those below it (api, config,
 * security, role, domain at the bottom; project; then members, content, audit, endpoints; the
 * entry points on top). Changes flow upward as domain events, and lower packages answer through
 * interfaces they own (ProjectContents, UpstreamRegistries, OtherUsers).
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.berth.ui");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.berth.ui.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** Constructor injection only: the dependencies a class needs are the ones its constructor names. */
    @Test
    void noFieldInjection() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(MAIN);
    }
}
