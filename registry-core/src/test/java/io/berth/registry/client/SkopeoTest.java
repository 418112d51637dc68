package io.berth.registry.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.registry.storage.Digest;
import io.berth.testsupport.image.OciLayout;
import io.berth.registry.testimage.Skopeo;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real skopeo pushes and pulls test images (OCI and Docker v2s2, single and multi-arch). */
@QuarkusTest
class SkopeoTest {

    @TestHTTPResource("/")
    URL url;

    @TempDir
    Path tmp;

    private String registry() {
        return url.getHost() + ":" + url.getPort();
    }

    private static Digest fileDigest(Path p) throws Exception {
        return Digest.of(Files.readAllBytes(p));
    }

    private static Digest indexJsonDigest(Path layout) throws Exception {
        String index = Files.readString(layout.resolve("index.json"));
        int at = index.indexOf("\"digest\":\"") + 10;
        return Digest.parse(index.substring(at, index.indexOf('"', at)));
    }

    @Test
    void ociImageInAndOutWithIdenticalDigests() throws Exception {
        OciLayout layout = new OciLayout(tmp.resolve("in"), 1);
        OciLayout.Blob m = layout.image(3, 300_000, "amd64");
        layout.tag(m, OciLayout.MANIFEST, "v1");
        String ref = "docker://" + registry() + "/skopeo/oci:v1";
        Skopeo.run("copy", "--dest-tls-verify=false", "oci:" + layout.dir() + ":v1", ref);
        String inspected = Skopeo.run("inspect", "--tls-verify=false", "--format", "{{.Digest}}", ref).trim();
        assertEquals(m.digest(), inspected);
        Path out = tmp.resolve("out");
        Skopeo.run("copy", "--src-tls-verify=false", ref, "oci:" + out + ":v1");
        assertEquals(m.digest(), indexJsonDigest(out).toString());
        for (Path blob : Files.list(layout.dir().resolve("blobs/sha256")).toList()) {
            assertTrue(Files.exists(out.resolve("blobs/sha256").resolve(blob.getFileName())), "blob " + blob);
        }
        Skopeo.run("delete", "--tls-verify=false", ref);
        assertThrows(IllegalStateException.class, () -> Skopeo.run("inspect", "--tls-verify=false", ref));
    }

    @Test
    void dockerV2s2InAndOut() throws Exception {
        OciLayout layout = new OciLayout(tmp.resolve("in"), 2);
        layout.tag(layout.image(3, 100_000, "amd64"), OciLayout.MANIFEST, "v1");
        String ref = "docker://" + registry() + "/skopeo/v2s2:v1";
        Skopeo.run("copy", "--dest-tls-verify=false", "--format", "v2s2", "oci:" + layout.dir() + ":v1", ref);
        String raw = Skopeo.run("inspect", "--tls-verify=false", "--raw", ref);
        assertTrue(raw.contains("application/vnd.docker.distribution.manifest.v2+json"), raw);
        String digest = Skopeo.run("inspect", "--tls-verify=false", "--format", "{{.Digest}}", ref).trim();
        Path out = tmp.resolve("out");
        Skopeo.run("copy", "--src-tls-verify=false", ref, "dir:" + out);
        assertEquals(digest, fileDigest(out.resolve("manifest.json")).toString());
        for (Path p : Files.list(out).toList()) {
            String name = p.getFileName().toString();
            if (name.matches("[0-9a-f]{64}")) {
                assertEquals(name, fileDigest(p).hex());
            }
        }
    }

    @Test
    void multiArchIndexWithAll() throws Exception {
        OciLayout layout = new OciLayout(tmp.resolve("in"), 3);
        OciLayout.Blob amd = layout.image(2, 50_000, "amd64");
        OciLayout.Blob arm = layout.image(2, 50_000, "arm64");
        OciLayout.Blob index = layout.index(List.of(amd, arm), List.of("amd64", "arm64"));
        layout.tag(index, OciLayout.INDEX, "multi");
        String ref = "docker://" + registry() + "/skopeo/multi:multi";
        Skopeo.run("copy", "--all", "--dest-tls-verify=false", "oci:" + layout.dir() + ":multi", ref);
        Path out = tmp.resolve("out");
        Skopeo.run("copy", "--all", "--src-tls-verify=false", ref, "oci:" + out + ":multi");
        assertEquals(index.digest(), indexJsonDigest(out).toString());
        assertTrue(Files.exists(out.resolve("blobs/sha256/" + amd.digest().substring("sha256:".length()))));
        assertTrue(Files.exists(out.resolve("blobs/sha256/" + arm.digest().substring("sha256:".length()))));
    }
}
