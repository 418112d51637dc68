package io.berth.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.registry.Await;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.UploadStore;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BlobApiTest {

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    @Test
    void baseAnswersWithApiVersion() {
        given().get("/v2/").then().statusCode(200).header("Docker-Distribution-API-Version", "registry/2.0");
    }

    @Test
    void monolithicUploadThenHeadGetRangeDelete() {
        String repo = Oci.repo();
        byte[] data = random(200_000);
        Digest d = Oci.pushBlob(repo, data);
        given().head("/v2/" + repo + "/blobs/" + d).then().statusCode(200)
                .header("Content-Length", "200000").header("Docker-Content-Digest", d.toString());
        byte[] got = given().get("/v2/" + repo + "/blobs/" + d).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(data, got);
        byte[] part = given().header("Range", "bytes=10-19").get("/v2/" + repo + "/blobs/" + d)
                .then().statusCode(206).header("Content-Range", "bytes 10-19/200000").extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(data, 10, 20), part);
        given().header("Range", "bytes=300000-").get("/v2/" + repo + "/blobs/" + d).then().statusCode(416);
        // another repository does not see it
        given().head("/v2/other/repo/blobs/" + d).then().statusCode(404);
        given().delete("/v2/" + repo + "/blobs/" + d).then().statusCode(202);
        given().get("/v2/" + repo + "/blobs/" + d).then().statusCode(404).body("errors[0].code", is("BLOB_UNKNOWN"));
    }

    @Test
    void chunkedUploadWithOutOfOrderChunkStatusAndCancel() {
        String repo = Oci.repo();
        byte[] data = random(50_000);
        Response start = given().post("/v2/" + repo + "/blobs/uploads/");
        start.then().statusCode(202).header("Range", "0-0");
        String loc = start.header("Location");
        Response p1 = given().header("Content-Range", "0-19999").contentType("application/octet-stream")
                .body(Arrays.copyOfRange(data, 0, 20_000)).patch(loc);
        p1.then().statusCode(202).header("Range", "0-19999");
        given().header("Content-Range", "30000-39999").contentType("application/octet-stream")
                .body(Arrays.copyOfRange(data, 30_000, 40_000)).patch(p1.header("Location"))
                .then().statusCode(416).body("errors[0].code", is("BLOB_UPLOAD_INVALID"));
        given().get(loc).then().statusCode(204).header("Range", "0-19999");
        given().header("Content-Range", "20000-49999").contentType("application/octet-stream")
                .body(Arrays.copyOfRange(data, 20_000, 50_000)).patch(loc).then().statusCode(202);
        Digest d = Digest.of(data);
        given().queryParam("digest", d.toString()).put(loc).then().statusCode(201)
                .header("Docker-Content-Digest", d.toString());
        assertEquals(50_000, given().get("/v2/" + repo + "/blobs/" + d).then().extract().asByteArray().length);
        given().get(loc).then().statusCode(404).body("errors[0].code", is("BLOB_UPLOAD_UNKNOWN"));

        String loc2 = given().post("/v2/" + repo + "/blobs/uploads/").header("Location");
        given().delete(loc2).then().statusCode(204);
        given().delete(loc2).then().statusCode(404).body("errors[0].code", is("BLOB_UPLOAD_UNKNOWN"));
    }

    @Test
    void digestErrors() {
        String repo = Oci.repo();
        given().queryParam("digest", "sha256:nothex").contentType("application/octet-stream").body(new byte[3])
                .post("/v2/" + repo + "/blobs/uploads/").then().statusCode(400).body("errors[0].code", is("DIGEST_INVALID"));
        Digest wrong = Digest.of("x".getBytes());
        given().queryParam("digest", wrong.toString()).contentType("application/octet-stream").body(new byte[3])
                .post("/v2/" + repo + "/blobs/uploads/").then().statusCode(400).body("errors[0].code", is("DIGEST_INVALID"));
        given().head("/v2/" + repo + "/blobs/" + wrong).then().statusCode(404);
        given().get("/v2/" + repo + "/blobs/sha256:abc").then().statusCode(400).body("errors[0].code", is("DIGEST_INVALID"));
        String loc = given().post("/v2/" + repo + "/blobs/uploads/").header("Location");
        given().queryParam("digest", wrong.toString()).contentType("application/octet-stream").body(new byte[] {1})
                .put(loc).then().statusCode(400).body("errors[0].code", is("DIGEST_INVALID"));
    }

    @Test
    void invalidAndUnknownNames() {
        given().get("/v2/Upper/blobs/" + Digest.of(new byte[0])).then().statusCode(400)
                .body("errors[0].code", is("NAME_INVALID"));
        given().get("/v2/a--/tags/list").then().statusCode(400).body("errors[0].code", is("NAME_INVALID"));
        given().get("/v2/no/such-repo/tags/list").then().statusCode(404).body("errors[0].code", is("NAME_UNKNOWN"));
        given().get("/v2/no/such-repo/blobs/uploads/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body("errors[0].code", is("BLOB_UPLOAD_UNKNOWN"));
    }

    @Test
    void crossRepositoryMount() {
        String from = Oci.repo();
        String to = Oci.repo();
        Digest d = Oci.pushBlob(from, random(1000));
        given().queryParam("mount", d.toString()).queryParam("from", from).post("/v2/" + to + "/blobs/uploads/")
                .then().statusCode(201).header("Docker-Content-Digest", d.toString())
                .header("Location", equalTo("/v2/" + to + "/blobs/" + d));
        given().head("/v2/" + to + "/blobs/" + d).then().statusCode(200);
        // unknown blob falls back to an upload session
        given().queryParam("mount", Digest.of(new byte[] {9}).toString()).queryParam("from", from)
                .post("/v2/" + to + "/blobs/uploads/").then().statusCode(202);
    }

    @Test
    void numbersThatOverflowALongAreClientErrors() throws Exception {
        String repo = Oci.repo();
        byte[] data = random(1000);
        Digest d = Oci.pushBlob(repo, data);
        String huge = "99999999999999999999";
        given().header("Range", "bytes=" + huge + "-").get("/v2/" + repo + "/blobs/" + d).then().statusCode(416)
                .header("Content-Range", "bytes */1000").body("errors[0].code", is("BLOB_UPLOAD_INVALID"));
        // an end or a suffix past the end means the whole blob (RFC 9110 14.1.2)
        assertArrayEquals(data, given().header("Range", "bytes=0-" + huge).get("/v2/" + repo + "/blobs/" + d).then()
                .statusCode(206).header("Content-Range", "bytes 0-999/1000").extract().asByteArray());
        assertArrayEquals(data, given().header("Range", "bytes=-" + huge).get("/v2/" + repo + "/blobs/" + d).then()
                .statusCode(206).header("Content-Range", "bytes 0-999/1000").extract().asByteArray());

        String loc = given().post("/v2/" + repo + "/blobs/uploads/").then().statusCode(202).extract().header("Location");
        for (String range : new String[] {"0-" + huge, huge + "-" + huge, huge + "-1"}) {
            given().header("Content-Range", range).contentType("application/octet-stream").body(new byte[] {1})
                    .patch(loc).then().statusCode(416).body("errors[0].code", is("BLOB_UPLOAD_INVALID"));
        }
        given().get(loc).then().statusCode(204).header("Range", "0-0");
        for (String n : new String[] {huge, "2147483648", "-1"}) {
            given().queryParam("n", n).get("/v2/" + repo + "/tags/list").then().statusCode(400)
                    .body("errors[0].code", is("PAGINATION_NUMBER_INVALID"));
            given().queryParam("n", n).get("/v2/_catalog").then().statusCode(400)
                    .body("errors[0].code", is("PAGINATION_NUMBER_INVALID"));
        }
        given().queryParam("n", "2147483647").queryParam("last", huge).get("/v2/_catalog").then().statusCode(200);
        // a Content-Length no long holds never reaches a handler as a number
        assertTrue(rawStatus("PUT /v2/" + repo + "/manifests/t HTTP/1.1\r\nHost: x\r\nContent-Type: " + Oci.OCI_MANIFEST
                + "\r\nContent-Length: " + huge + "\r\n\r\n{}") / 100 == 4);
    }

    @Test
    void aPutWithTheWrongDigestCancelsTheUpload() {
        String repo = Oci.repo();
        String loc = given().post("/v2/" + repo + "/blobs/uploads/").then().statusCode(202).extract().header("Location");
        given().contentType("application/octet-stream").body(random(100)).patch(loc).then().statusCode(202)
                .header("Range", "0-99");
        Digest wrong = Digest.of("not these bytes".getBytes());
        given().queryParam("digest", wrong.toString()).contentType("application/octet-stream").body(random(10))
                .put(loc).then().statusCode(400).body("errors[0].code", is("DIGEST_INVALID"));
        // as in distribution: the failed completion cancels the session, nothing of it stays
        given().get(loc).then().statusCode(404).body("errors[0].code", is("BLOB_UPLOAD_UNKNOWN"));
        given().head("/v2/" + repo + "/blobs/" + wrong).then().statusCode(404);
    }

    @Inject
    UploadStore uploads;

    @Test
    void aMonolithicUploadWhoseClientGoesAwayLeavesNoSession() throws Exception {
        String repo = Oci.repo();
        Digest d = Digest.of(random(100_000));
        try (Socket s = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /v2/" + repo + "/blobs/uploads/?digest=" + d + " HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(random(100_000), 0, 40_000);
            out.flush();
            Await.until("the session is open while the body arrives", () -> sessions(repo) == 1);
        }
        Await.until("the session nobody can resume is cancelled", () -> sessions(repo) == 0);
        given().head("/v2/" + repo + "/blobs/" + d).then().statusCode(404);
    }

    private long sessions(String repo) {
        return uploads.all().stream().filter(u -> u.repository().equals(repo)).count();
    }

    /** Sends a raw request and returns the status of the answer. */
    private static int rawStatus(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", RestAssured.port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(line.split(" ")[1]);
        }
    }
}
