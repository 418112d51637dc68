package io.berth.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * ui-service's calls to other servers share one stack: the Quarkus REST clients for the internal
 * APIs and common's Vert.x OutboundHttp for the rest (health checks, registry pings), never the
 * JDK's HTTP client with timeouts and TLS settings of its own.
 */
class OutboundStackTest {

    @Test
    void noCallUsesTheJdkHttpClient() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.berth.ui", "io.berth.common"));
    }
}
