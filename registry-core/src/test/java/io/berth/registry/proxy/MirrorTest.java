package io.berth.registry.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.registry.gc.GarbageCollector;
import io.berth.registry.gc.GcReport;
import io.berth.registry.storage.Digest;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-registry mirror mode against a real, open docker-registry upstream. */
@QuarkusTest
@TestProfile(MirrorProfile.class)
class MirrorTest {

    @TestHTTPResource("/")
    URL url;

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    private String berth() {
        return url.getHost() + ":" + url.getPort();
    }

    static void push(DistributionRegistry up, OciLayout layout, String tag, String repoRef) throws Exception {
        List<String> args = new ArrayList<>(List.of("copy", "--dest-tls-verify=false"));
        if (UpstreamResource.creds() != null) {
            args.add("--dest-creds=" + UpstreamResource.creds());
        }
        args.add("oci:" + layout.dir() + ":" + tag);
        args.add("docker://" + up.hostPort() + "/" + repoRef);
        Skopeo.run(args.toArray(String[]::new));
    }

    static String pulledDigest(Path layout) throws Exception {
        String index = Files.readString(layout.resolve("index.json"));
        int at = index.indexOf("\"digest\":\"") + 10;
        return index.substring(at, index.indexOf('"', at));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + berth() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void pullThroughCachesAndSurvivesUpstreamDown() throws Exception {
        DistributionRegistry up = UpstreamResource.current;
        OciLayout layout = new OciLayout(tmp.resolve("in"), 11);
        OciLayout.Blob v1 = layout.image(2, 200_000, "amd64");
        layout.tag(v1, OciLayout.MANIFEST, "v1");
        push(up, layout, "v1", "lib/app:v1");

        Path out = tmp.resolve("out1");
        Skopeo.run("copy", "--src-tls-verify=false", "docker://" + berth() + "/lib/app:v1", "oci:" + out + ":v1");
        assertEquals(v1.digest(), pulledDigest(out));
        for (Path blob : Files.list(layout.dir().resolve("blobs/sha256")).toList()) {
            assertArrayEquals(Files.readAllBytes(blob), Files.readAllBytes(out.resolve("blobs/sha256").resolve(blob.getFileName())));
        }
        long manifestGets = up.requests("GET", "/v2/lib/app/manifests/v1") + up.requests("GET", "/v2/lib/app/manifests/" + v1.digest());

        up.stop();
        try {
            Path byTag = tmp.resolve("out2");
            Skopeo.run("copy", "--src-tls-verify=false", "docker://" + berth() + "/lib/app:v1", "oci:" + byTag + ":v1");
            assertEquals(v1.digest(), pulledDigest(byTag));
            Path byDigest = tmp.resolve("out3");
            Skopeo.run("copy", "--src-tls-verify=false", "docker://" + berth() + "/lib/app@" + v1.digest(), "oci:" + byDigest + ":d");
            assertEquals(v1.digest(), pulledDigest(byDigest));
            // never pulled and upstream down: a clear error, not a hang
            HttpResponse<byte[]> missing = get("/v2/lib/other/manifests/v1");
            assertEquals(503, missing.statusCode());
            assertTrue(new String(missing.body()).contains("UNAVAILABLE"), new String(missing.body()));
        } finally {
            up.restart();
        }

        // a tag moved upstream is seen on the next pull; unchanged tags are not fetched again
        OciLayout.Blob v2 = layout.image(1, 100_000, "arm64");
        layout.tag(v2, OciLayout.MANIFEST, "v2");
        push(up, layout, "v2", "lib/app:v1");
        HttpResponse<byte[]> moved = get("/v2/lib/app/manifests/v1");
        assertEquals(200, moved.statusCode());
        assertEquals(v2.digest(), moved.headers().firstValue("Docker-Content-Digest").orElseThrow());
        assertNotEquals(v1.digest(), Digest.of(moved.body()).toString());
        assertEquals(v2.digest(), Digest.of(moved.body()).toString());
        get("/v2/lib/app/manifests/v1");
        long after = up.requests("GET", "/v2/lib/app/manifests/v1") + up.requests("GET", "/v2/lib/app/manifests/" + v2.digest())
                + up.requests("GET", "/v2/lib/app/manifests/" + v1.digest());
        assertEquals(manifestGets + 1, after, "exactly one upstream manifest GET for the moved tag");

        // upstream 404 stays 404
        assertEquals(404, get("/v2/lib/nothing/manifests/v1").statusCode());
        assertEquals(404, get("/v2/lib/app/blobs/sha256:" + "0".repeat(64)).statusCode());
    }

    @Test
    void concurrentPullsOfAnUncachedBlobFetchItOnce() throws Exception {
        DistributionRegistry up = UpstreamResource.current;
        OciLayout layout = new OciLayout(tmp.resolve("big"), 12);
        OciLayout.Blob m = layout.largeImage(6L * 1024 * 1024, "amd64");
        layout.tag(m, OciLayout.MANIFEST, "big");
        push(up, layout, "big", "lib/big:v1");
        Digest layer = firstLayer(layout, m);
        byte[] expected = Files.readAllBytes(layout.dir().resolve("blobs/sha256/" + layer.hex()));

        assertEquals(200, get("/v2/lib/big/manifests/v1").statusCode());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<byte[]>>> pulls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                pulls.add(pool.submit(() -> get("/v2/lib/big/blobs/" + layer)));
            }
            for (Future<HttpResponse<byte[]>> f : pulls) {
                HttpResponse<byte[]> r = f.get();
                assertEquals(200, r.statusCode());
                assertArrayEquals(expected, r.body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, up.requests("GET", "/v2/lib/big/blobs/" + layer));
    }

    @Test
    void headOfAnUncachedBlobAsksUpstreamWithoutFetchingIt() throws Exception {
        DistributionRegistry up = UpstreamResource.current;
        OciLayout layout = new OciLayout(tmp.resolve("head"), 13);
        OciLayout.Blob m = layout.image(1, 300_000, "amd64");
        layout.tag(m, OciLayout.MANIFEST, "v1");
        push(up, layout, "v1", "lib/head:v1");
        Digest layer = firstLayer(layout, m);
        long size = Files.size(layout.dir().resolve("blobs/sha256/" + layer.hex()));
        long headsByPush = up.requests("HEAD", "/v2/lib/head/blobs/" + layer);

        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(URI.create("http://" + berth()
                + "/v2/lib/head/blobs/" + layer)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(String.valueOf(size), head.headers().firstValue("Content-Length").orElse(null));
        assertEquals(layer.toString(), head.headers().firstValue("Docker-Content-Digest").orElse(null));
        assertEquals(headsByPush + 1, up.requests("HEAD", "/v2/lib/head/blobs/" + layer));
        assertEquals(0, up.requests("GET", "/v2/lib/head/blobs/" + layer), "a HEAD fetches no body");
        assertFalse(Files.exists(Path.of(storageDir).resolve("docker/registry/v2/blobs/sha256/" + layer.hex().substring(0, 2)
                + "/" + layer.hex())), "nothing cached by a HEAD");

        HttpResponse<byte[]> get = get("/v2/lib/head/blobs/" + layer);
        assertEquals(200, get.statusCode());
        assertArrayEquals(Files.readAllBytes(layout.dir().resolve("blobs/sha256/" + layer.hex())), get.body());
        assertEquals(1, up.requests("GET", "/v2/lib/head/blobs/" + layer));
    }

    @Inject
    GarbageCollector gc;

    @ConfigProperty(name = "storage.filesystem.rootdirectory")
    String storageDir;

    @Test
    void manifestsCachedByDigestSurviveDeleteUntaggedGc() throws Exception {
        DistributionRegistry up = UpstreamResource.current;
        OciLayout layout = new OciLayout(tmp.resolve("gc"), 14);
        OciLayout.Blob pinned = layout.image(1, 50_000, "amd64");
        layout.tag(pinned, OciLayout.MANIFEST, "pinned");
        push(up, layout, "pinned", "lib/gc:pinned");
        OciLayout.Blob old = layout.image(1, 60_000, "arm64");
        layout.tag(old, OciLayout.MANIFEST, "old");
        push(up, layout, "old", "lib/gc:moving");
        // cached by digest only (untagged), and cached by a tag that then moves away (untagged too)
        assertEquals(200, get("/v2/lib/gc/manifests/" + pinned.digest()).statusCode());
        assertEquals(200, get("/v2/lib/gc/blobs/" + firstLayer(layout, pinned)).statusCode());
        assertEquals(old.digest(), get("/v2/lib/gc/manifests/moving").headers().firstValue("Docker-Content-Digest")
                .orElseThrow());
        OciLayout.Blob moved = layout.image(1, 70_000, "s390x");
        layout.tag(moved, OciLayout.MANIFEST, "moved");
        push(up, layout, "moved", "lib/gc:moving");
        assertEquals(moved.digest(), get("/v2/lib/gc/manifests/moving").headers()
                .firstValue("Docker-Content-Digest").orElseThrow());

        // older than GC's grace window (2 h): as if cached long ago
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3 * 3_600_000);
        try (Stream<Path> all = Files.walk(Path.of(storageDir))) {
            for (Path p : all.toList()) {
                Files.setLastModifiedTime(p, hourAgo);
            }
        }
        GcReport report = gc.run(false, true);
        assertTrue(report.manifestsDeleted().contains("lib/gc@" + old.digest()), report.toString());
        assertFalse(report.manifestsDeleted().contains("lib/gc@" + pinned.digest()), report.toString());
        assertFalse(report.blobDigestsDeleted().contains(firstLayer(layout, pinned).toString()), report.toString());

        up.stop();
        try {
            HttpResponse<byte[]> cached = get("/v2/lib/gc/manifests/" + pinned.digest());
            assertEquals(200, cached.statusCode(), "served from the cache with the upstream down");
            assertEquals(200, get("/v2/lib/gc/blobs/" + firstLayer(layout, pinned)).statusCode());
        } finally {
            up.restart();
        }
    }

    static Digest firstLayer(OciLayout layout, OciLayout.Blob manifestBlob) throws Exception {
        String manifest = Files.readString(layout.dir().resolve("blobs/sha256/"
                + manifestBlob.digest().substring("sha256:".length())));
        int at = manifest.indexOf("\"layers\"");
        at = manifest.indexOf("\"digest\":\"", at) + 10;
        return Digest.parse(manifest.substring(at, manifest.indexOf('"', at)));
    }
}
