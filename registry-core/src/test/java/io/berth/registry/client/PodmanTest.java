package io.berth.registry.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.berth.testsupport.image.OciLayout;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** podman pushes a test image and pulls it back, with its own throw-away storage. */
@QuarkusTest
class PodmanTest {

    @TestHTTPResource("/")
    URL url;

    @TempDir
    Path tmp;

    private String podman(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("podman", "--root", tmp.resolve("root").toString(),
                "--runroot", tmp.resolve("runroot").toString(), "--storage-driver", "vfs", "--events-backend", "file"));
        cmd.addAll(List.of(args));
        Path log = tmp.resolve("podman.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("podman timed out: " + cmd);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("podman failed: " + cmd + "\n" + out);
        }
        return out;
    }

    @Test
    void pushAndPullAgain() throws Exception {
        OciLayout layout = new OciLayout(tmp.resolve("layout"), 11);
        layout.tag(layout.image(2, 40_000, "amd64"), OciLayout.MANIFEST, "v1");
        String image = url.getHost() + ":" + url.getPort() + "/podman/app:v1";
        podman("pull", "oci:" + layout.dir() + ":v1");
        String id = podman("images", "--noheading", "--format", "{{.ID}}").trim();
        podman("tag", id, image);
        podman("push", "--tls-verify=false", image);
        podman("rmi", "-f", id);
        podman("pull", "--tls-verify=false", image);
        assertEquals(id, podman("images", "--noheading", "--format", "{{.ID}}", image).trim());
    }
}
