package io.berth.e2e.conformance;

import io.berth.e2e.support.SuiteExtension;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Berth passes the OCI distribution-spec conformance suite through the gateway of one suite: a
 * port of the public suite (opencontainers/distribution-spec conformance/: setup.go,
 * 01_pull_test.go, 02_push_test.go, 03_discovery_test.go, 04_management_test.go), its four
 * workflows in its order, configured as the real suite would be run against Berth (see
 * registry-core/README.md), then 512 MiB skopeo round trips. Each workflow is a nested class,
 * each spec a test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class ConformanceIT {

    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("conformance");

    private Conformance oci;

    @BeforeAll
    void settings() {
        // OCI_ROOT_URL, OCI_NAMESPACE, OCI_CROSSMOUNT_NAMESPACE, OCI_USERNAME, OCI_PASSWORD,
        // OCI_DELETE_MANIFEST_BEFORE_BLOBS (default), OCI_AUTOMATIC_CROSSMOUNT=false
        oci = new Conformance(new ConformanceSettings(berth.suite().gatewayUrl(), "library/conformance", "library/other",
                "admin", "Harbor12345", true, Optional.of(false)));
    }

    @Nested @Order(1) @DisplayName("Pull")
    class Pull extends PullWorkflow {
        Pull() {
            super(oci);
        }
    }

    @Nested @Order(2) @DisplayName("Push")
    class Push extends PushWorkflow {
        Push() {
            super(oci);
        }
    }

    @Nested @Order(3) @DisplayName("Content Discovery")
    class ContentDiscovery extends DiscoveryWorkflow {
        ContentDiscovery() {
            super(oci);
        }
    }

    @Nested @Order(4) @DisplayName("Content Management")
    class ContentManagement extends ManagementWorkflow {
        ContentManagement() {
            super(oci);
        }
    }

    @Nested @Order(5) @DisplayName("512 MiB image through the gateway")
    class LargeImage extends LargeImageCopies {
        LargeImage() {
            super(berth.host(), berth.cli(), berth.work());
        }
    }
}
