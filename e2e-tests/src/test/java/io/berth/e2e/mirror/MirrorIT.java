package io.berth.e2e.mirror;

import static io.berth.e2e.support.Cli.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.e2e.support.Cli;
import io.berth.e2e.support.Eventually;
import io.berth.e2e.support.HarborApi;
import io.berth.e2e.support.LocalSuite;
import io.berth.e2e.support.SuiteExtension;
import io.berth.testsupport.image.OciLayout;
import io.berth.testsupport.image.Sha256;
import io.berth.testsupport.registry.DistributionRegistry;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Whole-registry mirror mode through the gateways of two suites, chained so each is started
 * once: {@code upstream} (Debian's docker-registry behind Basic auth, holding the test images) ←
 * suite {@code hub} (mirror with registry_proxy_username/password) ← suite {@code edge} (mirror of
 * hub's gateway, so a Berth token-auth upstream, with hub's admin account). Concurrent pulls of an
 * uncached layer fetch it once, digests survive the chain, caches show in the API, a moved tag
 * is seen, and cached content is served with the upstreams down. Both suites create public cache
 * projects on first pull (proxy_create_projects, the default).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MirrorIT {

    private static final String ADMIN = "admin:Harbor12345";
    private static final String ADMIN_AUTH = HarborApi.basic("admin", "Harbor12345");
    private static final String UP_USER = "mirror";
    private static final String UP_PASSWORD = "Upstream-s3cret-7";
    private static final long LARGE_LAYER = 512L * 1024 * 1024;
    private static final int CONCURRENT_PULLS = 8;

    /** Both suites start side by side; edge needs hub only when it first pulls. */
    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("mirror-hub", "mirror-edge")
            .config("mirror-hub", MirrorIT::hubOfUpstream)
            .config("mirror-edge", MirrorIT::edgeOfHub);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path work;
    private Cli cli;
    private DistributionRegistry upstream;
    private String hubHost;
    private LocalSuite hub;
    private LocalSuite edge;
    private OciLayout small;
    private OciLayout.Blob v1;
    private List<String> v1Layers;
    private OciLayout.Blob v2;
    private OciLayout big;
    private OciLayout.Blob bigManifest;

    /** The upstream, filled with a small and a 512 MiB image; hub mirrors it with Basic credentials. */
    Map<String, String> hubOfUpstream() throws Exception {
        long started = System.nanoTime();
        work = berth.work();
        cli = berth.cli();
        small = new OciLayout(work.resolve("small"), 17);
        v1 = small.image(2, 16 * 1024, "amd64");
        v1Layers = small.lastLayers();
        small.tag(v1, OciLayout.MANIFEST, "v1");
        v2 = small.image(1, 8 * 1024, "arm64");
        small.tag(v2, OciLayout.MANIFEST, "v2");
        big = new OciLayout(work.resolve("big"), 18);
        bigManifest = big.largeImage(LARGE_LAYER, "amd64"); // streamed to disk once
        big.tag(bigManifest, OciLayout.MANIFEST, "v1");

        upstream = berth.closeAfter(DistributionRegistry.start(work.resolve("upstream"),
                DistributionRegistry.htpasswd(work, UP_USER, UP_PASSWORD)));
        assertOk(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", UP_USER + ":" + UP_PASSWORD,
                "oci:" + small.dir() + ":v1", "docker://" + upstream.hostPort() + "/lib/small:v1"));
        assertOk(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", UP_USER + ":" + UP_PASSWORD,
                "oci:" + big.dir() + ":v1", "docker://" + upstream.hostPort() + "/lib/big:v1"));
        Files.delete(big.dir().resolve("blobs/sha256/" + hex(big.lastLayers().get(0)))); // only its digest is needed now
        System.out.printf("MirrorIT: images ready in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        // fixed here, so edge's configuration can name it before hub is up
        hubHost = "127.0.0.1:" + LocalSuite.freePort();
        return Map.of(
                "hostname", hubHost,
                "registry_proxy_remoteurl", upstream.url(),
                "registry_proxy_username", UP_USER,
                "registry_proxy_password", UP_PASSWORD);
    }

    /** edge mirrors hub's gateway: a Berth upstream with token auth, logged into as hub's admin. */
    Map<String, String> edgeOfHub() {
        return Map.of(
                "registry_proxy_remoteurl", "http://" + hubHost,
                "registry_proxy_username", "admin",
                "registry_proxy_password", "Harbor12345");
    }

    @BeforeAll
    void suites() {
        hub = berth.suite("mirror-hub");
        edge = berth.suite("mirror-edge");
    }

    @Test
    @Order(1)
    void eightConcurrentPullsOfAnUncachedLargeLayerFetchItOnceFromUpstream() throws Exception {
        String layer = big.lastLayers().get(0);
        String token = new HarborApi(hub.gatewayUrl()).token(ADMIN_AUTH, "repository:lib/big:pull");
        HttpResponse<String> manifest = http.send(HttpRequest.newBuilder(
                URI.create(hub.gatewayUrl() + "/v2/lib/big/manifests/v1")).header("Authorization", "Bearer " + token)
                .header("Accept", OciLayout.MANIFEST).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, manifest.statusCode(), manifest.body());
        assertEquals(bigManifest.digest(), manifest.headers().firstValue("Docker-Content-Digest").orElse(null));
        assertEquals(0, upstream.requests("GET", "/v2/lib/big/blobs/" + layer), "not cached yet");

        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_PULLS);
        try {
            List<Future<String>> pulls = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_PULLS; i++) {
                pulls.add(pool.submit(() -> blobDigest(hub.gatewayUrl() + "/v2/lib/big/blobs/" + layer, token)));
            }
            for (Future<String> pull : pulls) {
                assertEquals(layer, pull.get(), "every client got the layer's exact content");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, upstream.requests("GET", "/v2/lib/big/blobs/" + layer),
                "one upstream blob GET for " + CONCURRENT_PULLS + " concurrent pulls");
        assertTrue(Files.isRegularFile(blobFile(hub, layer)), "the layer is in hub's cache");
    }

    @Test
    @Order(2)
    void aPullThroughTheChainReturnsTheSameDigestsCachesAndShowsInTheApi() throws Exception {
        HarborApi edgeApi = new HarborApi(edge.gatewayUrl());
        assertEquals(404, edgeApi.send("HEAD", "/api/v2.0/projects?project_name=lib", ADMIN_AUTH, null).statusCode());

        Path out = pull(edge, "lib/small:v1");
        assertEquals(v1.digest(), Sha256.of(out.resolve("manifest.json")));
        for (String layer : v1Layers) {
            assertEquals(layer, Sha256.of(out.resolve(hex(layer))));
            assertTrue(Files.isRegularFile(blobFile(edge, layer)), "edge caches " + layer);
            assertTrue(Files.isRegularFile(blobFile(hub, layer)), "hub caches " + layer);
        }
        // proxy_create_projects: the pull made a public cache project
        JsonNode project = edgeApi.expect(200, "GET", "/api/v2.0/projects/lib", ADMIN_AUTH, null);
        assertEquals("true", project.path("metadata").path("public").asText(), project.toString());

        // both caches list the repository, tag and pulls (events are delivered asynchronously)
        for (LocalSuite s : List.of(edge, hub)) {
            HarborApi api = new HarborApi(s.gatewayUrl());
            JsonNode repo = awaitRepository(api, "lib", "small");
            assertTrue(repo.path("pull_count").asLong() >= 1, repo.toString());
            JsonNode artifacts = api.expect(200, "GET",
                    "/api/v2.0/projects/lib/repositories/small/artifacts?with_tag=true", ADMIN_AUTH, null);
            assertTrue(artifacts.toString().contains(v1.digest()) && artifacts.toString().contains("\"v1\""),
                    artifacts.toString());
        }
    }

    @Test
    @Order(3)
    void aTagMovedUpstreamIsSeenOnTheNextPull() throws Exception {
        assertOk(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", UP_USER + ":" + UP_PASSWORD,
                "oci:" + small.dir() + ":v2", "docker://" + upstream.hostPort() + "/lib/small:v1"));
        assertEquals(v2.digest(), Sha256.of(pull(edge, "lib/small:v1").resolve("manifest.json")));
    }

    @Test
    @Order(4)
    void withTheUpstreamsDownCachedTagsAndDigestsStillPull() throws Exception {
        upstream.stop();
        // hub: its Basic-auth upstream is gone
        assertEquals(v2.digest(), Sha256.of(pull(hub, "lib/small:v1").resolve("manifest.json")));
        assertEquals(v1.digest(), Sha256.of(pull(hub, "lib/small@" + v1.digest()).resolve("manifest.json")));
        // edge: its token-auth upstream (hub's gateway) is gone too
        hub.stopPart("gateway");
        assertEquals(v2.digest(), Sha256.of(pull(edge, "lib/small:v1").resolve("manifest.json")));
        assertEquals(v1.digest(), Sha256.of(pull(edge, "lib/small@" + v1.digest()).resolve("manifest.json")));
    }

    private JsonNode awaitRepository(HarborApi api, String project, String name) throws Exception {
        String path = "/api/v2.0/projects/" + project + "/repositories/" + name;
        return Eventually.await("repository " + project + "/" + name + " listed with a pull", Eventually.EVENTS, () -> {
            HttpResponse<String> r = api.send("GET", path, ADMIN_AUTH, null);
            JsonNode repo = r.statusCode() == 200 ? HarborApi.JSON.readTree(r.body()) : null;
            return repo != null && repo.path("pull_count").asLong() >= 1 ? repo : null;
        });
    }

    /** Streams a blob through the gateway into SHA-256: nothing of it is kept. */
    private String blobDigest(String url, String token) throws Exception {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest sha = Sha256.digest();
        try (InputStream in = r.body()) {
            assertEquals(200, r.statusCode());
            byte[] buf = new byte[1 << 20];
            for (int n; (n = in.read(buf)) > 0;) {
                sha.update(buf, 0, n);
            }
        }
        return Sha256.hex(sha.digest());
    }

    private Path pull(LocalSuite suite, String ref) throws Exception {
        Path out = work.resolve("out-" + ref.replaceAll("[^a-z0-9]", "_") + "-" + System.nanoTime());
        assertOk(cli.skopeo("copy", "--src-tls-verify=false", "--src-no-creds",
                "docker://" + suite.gatewayUrl().substring("http://".length()) + "/" + ref, "dir:" + out));
        return out;
    }

    private static Path blobFile(LocalSuite suite, String digest) {
        String hex = hex(digest);
        return Path.of(suite.env().get("BERTH_STORAGE_DIR"), "docker/registry/v2/blobs/sha256", hex.substring(0, 2),
                hex, "data");
    }

    private static String hex(String digest) {
        return digest.substring("sha256:".length());
    }


}
