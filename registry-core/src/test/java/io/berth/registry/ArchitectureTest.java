package io.berth.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package graph of registry-core: no cycles, the error catalogue a leaf everyone may use,
 * handlers that know nothing of the pull-through cache or events, and constructor injection only.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.berth.registry");

    @Test
    void noPackageCycles() {
        slices().matching("io.berth.registry.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** Caching and events are decorators of the blob and manifest services: the handlers see neither. */
    @Test
    void handlersKnowNeitherTheCacheNorEvents() {
        noClasses().that().haveSimpleNameEndingWith("Handler").or().haveSimpleName("InternalRoutes").should()
                .dependOnClassesThat().resideInAnyPackage("io.berth.registry.proxy..", "io.berth.registry.event..")
                .check(MAIN);
    }

    /** Every outbound call goes through common's Vert.x OutboundHttp (shared loop, timeouts, TLS trust). */
    @Test
    void noCallBypassesTheOutboundStack() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..").check(MAIN);
    }

    @Test
    void errorsAreALeaf() {
        noClasses().that().resideInAPackage("io.berth.registry.error..").should().dependOnClassesThat()
                .resideInAnyPackage("io.berth.registry..").andShould().dependOnClassesThat()
                .resideOutsideOfPackages("io.berth.registry.error..", "java..").check(MAIN);
    }

    /** Constructor injection only: the dependencies a class needs are the ones its constructor names. */
    @Test
    void noFieldInjection() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(MAIN);
    }
}
