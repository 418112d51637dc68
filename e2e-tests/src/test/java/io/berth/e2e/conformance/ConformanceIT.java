package io.berth.e2e.conformance;

import io.berth.e2e.support.Cli;
import io.berth.e2e.support.Trees;
import io.berth.e2e.support.DumpLogsOnFailure;
import io.berth.e2e.support.LocalSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 3 through the gateway of ONE suite: a port of the OCI distribution-spec conformance
 * suite (opencontainers/distribution-spec conformance/: setup.go, 01_pull_test.go,
 * 02_push_test.go, 03_discovery_test.go, 04_management_test.go), its four workflows in its
 * order, configured as the real suite would be run against Berth (see registry-core/README.md),
 * then the 512 MiB skopeo round trips. Each workflow is a nested class, each spec a test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class ConformanceIT {

    private LocalSuite suite;
    private Conformance oci;
    private Path work;
    private Cli cli;

    @RegisterExtension
    final DumpLogsOnFailure dump = new DumpLogsOnFailure(() -> suite);

    @BeforeAll
    void up() throws Exception {
        work = Files.createTempDirectory("berth-conformance-it");
        cli = new Cli(work);
        suite = LocalSuite.start("conformance", Map.of());
        // OCI_ROOT_URL, OCI_NAMESPACE, OCI_CROSSMOUNT_NAMESPACE, OCI_USERNAME, OCI_PASSWORD,
        // OCI_DELETE_MANIFEST_BEFORE_BLOBS (default), OCI_AUTOMATIC_CROSSMOUNT=false
        oci = new Conformance(new ConformanceSettings(suite.gatewayUrl(), "library/conformance", "library/other",
                "admin", "Harbor12345", true, Optional.of(false)));
    }

    @AfterAll
    void down() throws Exception {
        try {
            if (suite != null) {
                suite.close();
                // the registry storage holds the 512 MiB layer; logs and config stay for post-mortems
                Trees.delete(suite.dataDir().resolve("storage"));
            }
        } finally {
            if (cli != null) {
                Trees.delete(cli.podmanStore());
            }
            Trees.delete(work);
        }
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
            super(suite.gatewayUrl().substring("http://".length()), cli, work);
        }
    }
}
