package io.berth.e2e.conformance;

import static io.berth.e2e.support.Cli.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.e2e.support.Cli;
import io.berth.testsupport.files.Trees;
import io.berth.testsupport.image.OciLayout;
import io.berth.testsupport.image.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Large images stream: skopeo copies a 512 MiB single-layer image into Berth through the gateway (Berth
 * tokens, admin) as OCI and as Docker v2s2, and out again with identical digests. The two
 * formats go to two repositories so each push really uploads the large layer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LargeImageCopies {

    static final long LAYER_BYTES = 512L << 20;
    private static final String CREDS = "admin:Harbor12345";

    private final String host;
    private final Cli cli;
    private final Path work;
    private OciLayout layout;
    private OciLayout.Blob manifest;
    private String layer;

    /** {@code host} is the gateway's host:port. */
    LargeImageCopies(String host, Cli cli, Path work) {
        this.host = host;
        this.cli = cli;
        this.work = work;
    }

    @BeforeAll
    void buildImage() throws IOException {
        layout = new OciLayout(work.resolve("large-layout"), 512);
        manifest = layout.largeImage(LAYER_BYTES, "amd64");
        layer = layout.lastLayers().get(0);
        layout.tag(manifest, OciLayout.MANIFEST, "big");
    }

    @AfterAll
    void removeImage() throws IOException {
        Trees.delete(work.resolve("large-layout"));
    }

    @Test @Order(1) @DisplayName("512 MiB OCI image: skopeo copies it in and out through the gateway with identical digests")
    void ociInAndOut() throws Exception {
        Path digest = work.resolve("large-oci.digest");
        assertOk(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", CREDS, "--digestfile", digest.toString(),
                "oci:" + layout.dir() + ":big", "docker://" + host + "/library/large-oci:1"));
        assertEquals(manifest.digest(), Files.readString(digest).strip());
        Path out = pull("library/large-oci:1");
        try {
            assertEquals(manifest.digest(), Sha256.of(out.resolve("manifest.json")));
            assertLayerIntact(out);
        } finally {
            Trees.delete(out);
        }
    }

    @Test @Order(2) @DisplayName("512 MiB image as Docker v2s2: skopeo copies it in and out through the gateway with identical digests")
    void v2s2InAndOut() throws Exception {
        Path digest = work.resolve("large-v2s2.digest");
        assertOk(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", CREDS, "--format", "v2s2", "--digestfile",
                digest.toString(), "oci:" + layout.dir() + ":big", "docker://" + host + "/library/large-v2s2:1"));
        Path out = pull("library/large-v2s2:1");
        try {
            String raw = Files.readString(out.resolve("manifest.json"));
            assertTrue(raw.contains("application/vnd.docker.distribution.manifest.v2+json"), raw);
            assertEquals(Files.readString(digest).strip(), Sha256.of(out.resolve("manifest.json")));
            assertLayerIntact(out);
        } finally {
            Trees.delete(out);
        }
    }

    private Path pull(String repoTag) throws Exception {
        Path out = Files.createTempDirectory(work, "large-out");
        assertOk(cli.skopeo("copy", "--src-tls-verify=false", "--src-creds", CREDS, "docker://" + host + "/" + repoTag,
                "dir:" + out));
        return out;
    }

    /** The layer came back whole: its file hashes to its digest and is as large as built. */
    private void assertLayerIntact(Path out) throws IOException {
        Path blob = out.resolve(layer.substring("sha256:".length()));
        assertTrue(Files.isRegularFile(blob), "missing layer " + layer);
        assertEquals(layer, Sha256.of(blob));
        assertTrue(Files.size(blob) > LAYER_BYTES, "layer of " + Files.size(blob) + " bytes");
    }


}
