package io.berth.ui.architecture;

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
class PackageCyclesTest {

    @Test
    void packagesAreFreeOfCycles() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.berth.ui");
        slices().matching("io.berth.ui.(*)..").should().beFreeOfCycles().check(classes);
    }
}
