package io.berth.registry.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.testsupport.image.OciLayout;
import io.berth.registry.testimage.Skopeo;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** skopeo follows the registry's challenge to the token realm, then pushes and pulls with the token. */
@QuarkusTest
@TestProfile(TokenProfile.class)
class TokenSkopeoTest {

    @TestHTTPResource("/")
    URL url;

    @TempDir
    Path tmp;

    @Test
    void pushAndPullThroughTheTokenFlow() throws Exception {
        OciLayout layout = new OciLayout(tmp.resolve("in"), 9);
        OciLayout.Blob m = layout.image(2, 20_000, "amd64");
        layout.tag(m, OciLayout.MANIFEST, "v1");
        String ref = "docker://" + url.getHost() + ":" + url.getPort() + "/proj/app:v1";
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Skopeo.run("copy",
                "--dest-tls-verify=false", "oci:" + layout.dir() + ":v1", ref));
        assertTrue(refused.getMessage().toLowerCase().contains("unauthorized")
                || refused.getMessage().toLowerCase().contains("denied"), refused.getMessage());
        Skopeo.run("copy", "--dest-tls-verify=false", "--dest-creds", "dev:secret", "oci:" + layout.dir() + ":v1", ref);
        String digest = Skopeo.run("inspect", "--tls-verify=false", "--creds", "dev:secret", "--format", "{{.Digest}}",
                ref).trim();
        assertEquals(m.digest(), digest);
        Skopeo.run("copy", "--src-tls-verify=false", "--src-creds", "dev:secret", ref, "oci:" + tmp.resolve("out") + ":v1");
    }
}
