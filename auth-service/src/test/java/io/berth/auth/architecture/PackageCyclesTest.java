package io.berth.auth.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** No cycle between auth-service's packages (a feature package depends only on those below it). */
class PackageCyclesTest {

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.berth.auth.(*)..").should().beFreeOfCycles().check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.berth.auth"));
    }
}
