package io.berth.registry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Mirror mode against a docker-registry using token auth: Bearer challenge followed, tokens cached. */
@QuarkusTest
@TestProfile(TokenMirrorProfile.class)
class TokenAuthMirrorTest {

    @TestHTTPResource("/")
    URL url;

    @TempDir
    Path tmp;

    @Test
    void followsTheBearerChallengeAndCachesTheToken() throws Exception {
        DistributionRegistry up = UpstreamResource.current;
        TokenServer tokens = UpstreamResource.tokenServer;
        int anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(up.url() + "/v2/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(401, anonymous);

        OciLayout layout = new OciLayout(tmp.resolve("in"), 31);
        OciLayout.Blob v1 = layout.image(2, 120_000, "amd64");
        layout.tag(v1, OciLayout.MANIFEST, "v1");
        MirrorTest.push(up, layout, "v1", "tok/app:v1");

        String berth = url.getHost() + ":" + url.getPort();
        String scope = "repository:tok/app:pull";
        int before = tokens.issued(scope);
        Path out = tmp.resolve("out");
        Skopeo.run("copy", "--src-tls-verify=false", "docker://" + berth + "/tok/app:v1", "oci:" + out + ":v1");
        assertEquals(v1.digest(), MirrorTest.pulledDigest(out));
        Path again = tmp.resolve("again");
        Skopeo.run("copy", "--src-tls-verify=false", "docker://" + berth + "/tok/app:v1", "oci:" + again + ":v1");
        assertEquals(v1.digest(), MirrorTest.pulledDigest(again));
        // one token for the pull scope served every upstream request of both pulls
        assertEquals(before + 1, tokens.issued(scope));
    }
}
