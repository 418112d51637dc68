package io.berth.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.registry.storage.Digest;
import io.berth.testsupport.image.OciLayout;
import io.berth.registry.testimage.Skopeo;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** skopeo copies a 512 MiB single-layer image into the packaged registry (OCI and v2s2) and out again. */
class Skopeo512IT {

    @TempDir
    Path dir;

    private static String sha256(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return Streams.sha256(in);
        }
    }

    @Test
    void halfGibImageInAndOut() throws Exception {
        OciLayout layout = new OciLayout(dir.resolve("layout"), 512);
        OciLayout.Blob manifest = layout.largeImage(512L << 20, "amd64");
        layout.tag(manifest, OciLayout.MANIFEST, "big");
        try (PackagedRegistry registry = new PackagedRegistry(dir.resolve("registry"), "128m")) {
            registry.start();
            String host = "127.0.0.1:" + registry.port;

            String oci = "docker://" + host + "/big/oci:big";
            Skopeo.run("copy", "--dest-tls-verify=false", "oci:" + layout.dir() + ":big", oci);
            Path out = dir.resolve("out-oci");
            Skopeo.run("copy", "--src-tls-verify=false", oci, "dir:" + out);
            assertEquals(manifest.digest(), sha256(out.resolve("manifest.json")));
            assertLayersIntact(out);

            String v2 = "docker://" + host + "/big/v2s2:big";
            Skopeo.run("copy", "--dest-tls-verify=false", "--format", "v2s2", "oci:" + layout.dir() + ":big", v2);
            String digest = Skopeo.run("inspect", "--tls-verify=false", "--format", "{{.Digest}}", v2).trim();
            Path out2 = dir.resolve("out-v2s2");
            Skopeo.run("copy", "--src-tls-verify=false", v2, "dir:" + out2);
            String raw = Files.readString(out2.resolve("manifest.json"));
            assertTrue(raw.contains("application/vnd.docker.distribution.manifest.v2+json"));
            assertEquals(digest, sha256(out2.resolve("manifest.json")));
            assertLayersIntact(out2);
        }
    }

    private static void assertLayersIntact(Path out) throws Exception {
        long big = 0;
        for (Path p : Files.list(out).toList()) {
            String name = p.getFileName().toString();
            if (name.matches("[0-9a-f]{64}")) {
                assertEquals(Digest.parse("sha256:" + name).toString(), sha256(p));
                big = Math.max(big, Files.size(p));
            }
        }
        assertTrue(big > (500L << 20), "the large layer came back");
    }
}
