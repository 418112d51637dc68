package io.berth.registry.gc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.common.internal.InternalApi;
import io.berth.registry.storage.Digest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(GcProfile.class)
class GarbageCollectionTest {

    private static final String OCI = "application/vnd.oci.image.manifest.v1+json";

    record Image(Digest manifest, Digest config, Digest layer) {
    }

    private static Digest blob(String repo, byte[] data) {
        Digest d = Digest.of(data);
        given().queryParam("digest", d.toString()).body(data).post("/v2/" + repo + "/blobs/uploads/").then().statusCode(201);
        return d;
    }

    private static Image push(String repo, String tag, int layerSize) {
        byte[] config = ("{\"tag\":\"" + tag + System.nanoTime() + "\"}").getBytes();
        byte[] layer = new byte[layerSize];
        new Random(System.nanoTime()).nextBytes(layer);
        Digest c = blob(repo, config);
        Digest l = blob(repo, layer);
        String m = "{\"schemaVersion\":2,\"mediaType\":\"" + OCI + "\",\"config\":{\"mediaType\":"
                + "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + c + "\",\"size\":" + config.length
                + "},\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"" + l
                + "\",\"size\":" + layerSize + "}]}";
        Response r = given().contentType(OCI).body(m).put("/v2/" + repo + "/manifests/" + tag);
        r.then().statusCode(201);
        return new Image(Digest.parse(r.header("Docker-Content-Digest")), c, l);
    }

    /** Older than the default grace window (2 h): as if pushed long ago. */
    private static final Duration LONG_AGO = Duration.ofHours(3);

    private static void ageEverything() throws IOException {
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - LONG_AGO.toMillis());
        try (Stream<Path> s = Files.walk(GcProfile.ROOT)) {
            for (Path p : s.toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }

    /** Sets a pool blob's modification time back, as if it was uploaded {@code ago}. */
    private static void age(Digest d, Duration ago) throws IOException {
        Path data = GcProfile.ROOT.resolve("docker/registry/v2/blobs/" + d.algorithm() + "/" + d.hex().substring(0, 2)
                + "/" + d.hex() + "/data");
        Files.setLastModifiedTime(data, FileTime.fromMillis(System.currentTimeMillis() - ago.toMillis()));
    }

    private static Response gc() {
        Response r = given().header(InternalApi.SECRET_HEADER, GcProfile.SECRET).queryParam("untagged", "true")
                .post(InternalApi.PREFIX + "/gc");
        r.then().statusCode(200).body("dryRun", is(false));
        return r;
    }

    private static String manifest(Digest config, int configSize, Digest layer, int layerSize) {
        return "{\"schemaVersion\":2,\"mediaType\":\"" + OCI + "\",\"config\":{\"mediaType\":"
                + "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + config + "\",\"size\":" + configSize
                + "},\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"" + layer
                + "\",\"size\":" + layerSize + "}]}";
    }

    @Test
    void blobsPushedBeforeTheRunWithinTheGraceWindowWaitForTheirManifest() throws Exception {
        String repo = "gc/pushing" + System.nanoTime();
        byte[] config = ("{\"p\":" + System.nanoTime() + "}").getBytes();
        byte[] layer = new byte[30_000];
        new Random(System.nanoTime()).nextBytes(layer);
        Digest c = blob(repo, config);
        Digest l = blob(repo, layer);
        // the layers took ten minutes to upload: well before the run, well within the grace window
        age(c, Duration.ofMinutes(10));
        age(l, Duration.ofMinutes(10));

        Response run = gc();
        assertFalse(run.jsonPath().getList("blobDigestsDeleted").contains(l.toString()));
        assertFalse(run.jsonPath().getList("blobDigestsDeleted").contains(c.toString()));

        given().contentType(OCI).body(manifest(c, config.length, l, layer.length)).put("/v2/" + repo + "/manifests/v1")
                .then().statusCode(201);
        assertEquals(200, status(repo, l));
        assertArrayEquals(layer, given().get("/v2/" + repo + "/blobs/" + l).then().statusCode(200).extract().asByteArray());
    }

    @Test
    void blobsOfARepositoryWithAnOpenUploadOutliveTheGraceWindow() throws Exception {
        String repo = "gc/slow" + System.nanoTime();
        byte[] config = ("{\"s\":" + System.nanoTime() + "}").getBytes();
        Digest c = blob(repo, config);
        // a slow push: the config went up hours ago, the layer is still uploading
        String upload = given().post("/v2/" + repo + "/blobs/uploads/").then().statusCode(202).extract().header("Location");
        byte[] layer = new byte[20_000];
        new Random(System.nanoTime()).nextBytes(layer);
        given().contentType("application/octet-stream").body(Arrays.copyOfRange(layer, 0, 10_000)).patch(upload)
                .then().statusCode(202);
        age(c, LONG_AGO);
        // an unreferenced blob of another repository, just as old, with no upload open: collected
        Digest orphan = blob("gc/orphan" + System.nanoTime(), ("{\"o\":" + System.nanoTime() + "}").getBytes());
        age(orphan, LONG_AGO);

        Response run = gc();
        assertFalse(run.jsonPath().getList("blobDigestsDeleted").contains(c.toString()));
        assertTrue(run.jsonPath().getList("blobDigestsDeleted").contains(orphan.toString()));

        Digest l = Digest.of(layer);
        given().contentType("application/octet-stream").queryParam("digest", l.toString())
                .body(Arrays.copyOfRange(layer, 10_000, 20_000)).put(upload).then().statusCode(201);
        given().contentType(OCI).body(manifest(c, config.length, l, layer.length)).put("/v2/" + repo + "/manifests/v1")
                .then().statusCode(201);
        assertEquals(200, status(repo, c));
    }

    private static int status(String repo, Digest d) {
        return given().head("/v2/" + repo + "/blobs/" + d).statusCode();
    }

    @Test
    void needsTheSecret() {
        given().post(InternalApi.PREFIX + "/gc").then().statusCode(401);
        given().header(InternalApi.SECRET_HEADER, "wrong").post(InternalApi.PREFIX + "/gc").then().statusCode(401);
    }

    @Test
    void freesUntaggedImagesKeepsTaggedOnesWhileAPushRuns() throws Exception {
        String repo = "gc/r" + System.nanoTime();
        Image kept = push(repo, "keep", 10_000);
        Image dropped = push(repo, "drop", 20_000);
        given().delete("/v2/" + repo + "/manifests/drop").then().statusCode(202);
        ageEverything();

        Response dry = given().header(InternalApi.SECRET_HEADER, GcProfile.SECRET)
                .queryParam("dryrun", "true").queryParam("untagged", "true").post(InternalApi.PREFIX + "/gc");
        dry.then().statusCode(200).body("dryRun", is(true))
                .body("blobDigestsDeleted", hasItem(dropped.layer().toString()));
        assertEquals(200, status(repo, dropped.layer()));

        // a push keeps running while the collection runs, into a repository of its own: an upload
        // open in this one would keep every blob linked here, the dropped ones too
        String pushed = repo + "-during";
        CompletableFuture<List<Image>> pushing = CompletableFuture.supplyAsync(() -> {
            List<Image> out = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                out.add(push(pushed, "during" + i, 50_000));
            }
            return out;
        });
        Response run = given().header(InternalApi.SECRET_HEADER, GcProfile.SECRET)
                .queryParam("untagged", "true").post(InternalApi.PREFIX + "/gc");
        run.then().statusCode(200).body("dryRun", is(false));
        List<Image> during = pushing.get();
        assertTrue(run.jsonPath().getList("manifestsDeleted").contains(repo + "@" + dropped.manifest()));

        assertEquals(200, status(repo, kept.layer()));
        assertEquals(200, status(repo, kept.config()));
        given().get("/v2/" + repo + "/manifests/keep").then().statusCode(200);
        assertEquals(404, status(repo, dropped.layer()));
        assertEquals(404, status(repo, dropped.config()));
        given().get("/v2/" + repo + "/manifests/" + dropped.manifest()).then().statusCode(404);
        for (Image i : during) {
            assertEquals(200, status(pushed, i.layer()));
            assertEquals(200, status(pushed, i.config()));
        }
        // a second pass right away finds nothing of the pushed-during content to free
        given().header(InternalApi.SECRET_HEADER, GcProfile.SECRET).post(InternalApi.PREFIX + "/gc").then()
                .statusCode(200).body("blobsDeleted", is(0));
    }

    @jakarta.inject.Inject
    UploadPurger purger;

    @jakarta.inject.Inject
    io.berth.registry.storage.UploadStore uploads;

    @Test
    void staleUploadsArePurged() {
        String repo = "gc/purge" + System.nanoTime();
        String loc = given().post("/v2/" + repo + "/blobs/uploads/").header("Location");
        given().get(loc).then().statusCode(204);
        // every open session here started within this run (the profile turns scheduled purging off)
        assertEquals(0, purger.purge(Duration.ofHours(1), false));
        given().get(loc).then().statusCode(204); // younger than the age: kept
        int open = uploads.all().size();
        assertTrue(open >= 1);
        assertEquals(open, purger.purge(Duration.ZERO, true));
        given().get(loc).then().statusCode(204); // dry run: kept
        assertEquals(open, purger.purge(Duration.ZERO, false));
        given().get(loc).then().statusCode(404);
        assertEquals(0, uploads.all().size());
    }

    @Test
    void internalDeletesAndCatalog() {
        String repo = "gc/del" + System.nanoTime();
        Image a = push(repo, "a", 100);
        push(repo, "b", 100);
        String secret = GcProfile.SECRET;
        given().header(InternalApi.SECRET_HEADER, secret).get(InternalApi.PREFIX + "/catalog").then().statusCode(200)
                .body("repositories.name", hasItem(repo));
        given().header(InternalApi.SECRET_HEADER, secret).delete(InternalApi.PREFIX + "/repositories/" + repo + "/tags/b")
                .then().statusCode(202);
        given().get("/v2/" + repo + "/manifests/b").then().statusCode(404);
        given().header(InternalApi.SECRET_HEADER, secret)
                .delete(InternalApi.PREFIX + "/repositories/" + repo + "/manifests/" + a.manifest()).then().statusCode(202);
        given().get("/v2/" + repo + "/manifests/a").then().statusCode(404);
        given().header(InternalApi.SECRET_HEADER, secret).delete(InternalApi.PREFIX + "/repositories/" + repo)
                .then().statusCode(202);
        given().get("/v2/" + repo + "/tags/list").then().statusCode(404);
        given().header(InternalApi.SECRET_HEADER, secret).delete(InternalApi.PREFIX + "/repositories/" + repo)
                .then().statusCode(404).body("errors[0].code", is("NAME_UNKNOWN"));
    }
}
