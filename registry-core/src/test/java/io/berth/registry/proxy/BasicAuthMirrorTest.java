package io.berth.registry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.testsupport.image.OciLayout;
import io.berth.testsupport.registry.DistributionRegistry;
import io.berth.registry.testimage.Skopeo;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mirror mode with proxy.username/password against an upstream docker-registry requiring Basic auth. */
@QuarkusTest
@TestProfile(BasicMirrorProfile.class)
class BasicAuthMirrorTest {

    @TestHTTPResource("/")
    URL url;

    @TempDir
    Path tmp;

    @Test
    void pullsThroughAnUpstreamRequiringBasicAuth() throws Exception {
        DistributionRegistry up = UpstreamResource.current;
        // the upstream really refuses anonymous access
        int anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(up.url() + "/v2/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(401, anonymous);

        OciLayout layout = new OciLayout(tmp.resolve("in"), 21);
        OciLayout.Blob v1 = layout.image(2, 150_000, "amd64");
        layout.tag(v1, OciLayout.MANIFEST, "v1");
        MirrorTest.push(up, layout, "v1", "team/app:v1");

        String berth = url.getHost() + ":" + url.getPort();
        Path out = tmp.resolve("out");
        Skopeo.run("copy", "--src-tls-verify=false", "docker://" + berth + "/team/app:v1", "oci:" + out + ":v1");
        assertEquals(v1.digest(), MirrorTest.pulledDigest(out));
        assertTrue(up.requests("GET", "/v2/team/app/manifests/v1") + up.requests("GET", "/v2/team/app/manifests/" + v1.digest()) >= 1);

        up.stop();
        try {
            Path cached = tmp.resolve("cached");
            Skopeo.run("copy", "--src-tls-verify=false", "docker://" + berth + "/team/app:v1", "oci:" + cached + ":v1");
            assertEquals(v1.digest(), MirrorTest.pulledDigest(cached));
        } finally {
            up.restart();
        }
    }
}
