package io.berth.e2e.conformance;

import static io.berth.e2e.conformance.Conformance.assertSuccessOr;
import static io.berth.e2e.conformance.Conformance.assertStatusIn;
import static io.berth.e2e.conformance.ConformanceContent.EMPTY_LAYER_TAG;
import static io.berth.e2e.conformance.ConformanceContent.NONEXISTENT_MANIFEST;
import static io.berth.e2e.conformance.ConformanceContent.OCI_MANIFEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.berth.e2e.conformance.ConformanceContent.Blob;
import io.berth.e2e.conformance.ConformanceContent.Chunked;
import io.berth.e2e.conformance.RegistryClient.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The "Push" workflow of the conformance suite (conformance/02_push_test.go): streamed,
 * monolithic and chunked uploads, cross-repository mounts and manifest uploads, one JUnit test
 * per spec in the suite's order. Where the suite tolerates an alternative Berth does not take
 * (a mount falling back to an upload for an admin, refusing a manifest without layers), the
 * check demands what Berth promises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PushWorkflow {

    private final Conformance oci;
    private final ConformanceContent c;
    private Response lastResponse;
    private Response prevResponse;
    private String emptyLayerManifestRef = "";

    PushWorkflow(Conformance oci) {
        this.oci = oci;
        this.c = oci.content;
    }

    @Test @Order(1) @DisplayName("Blob Upload Streamed: PATCH request with blob in body should yield 202 response")
    void streamedPatch() throws Exception {
        Response session = post();
        assertFalse(session.relativeLocation().isEmpty(), session::toString);
        Response r = oci.client.request("PATCH", session.relativeLocation())
                .header("Content-Type", "application/octet-stream").body(c.blobA.content()).send();
        assertEquals(202, r.status(), r::toString);
        lastResponse = r;
    }

    @Test @Order(2) @DisplayName("Blob Upload Streamed: PUT request to session URL with digest should yield 201 response")
    void streamedPut() throws Exception {
        assertNotNull(lastResponse);
        Response r = oci.client.request("PUT", lastResponse.relativeLocation()).query("digest", c.blobA.digest())
                .header("Content-Type", "application/octet-stream").send();
        assertCreatedWithLocation(r);
    }

    @Test @Order(10) @DisplayName("Blob Upload Monolithic: GET nonexistent blob should result in 404 response")
    void getMissingBlob() throws Exception {
        assertEquals(404, oci.client.request("GET", "/v2/<name>/blobs/" + c.dummyDigest).send().status());
    }

    @Test @Order(11) @DisplayName("Blob Upload Monolithic: POST request with digest and blob should yield a 201 or 202")
    void monolithicPost() throws Exception {
        Blob config = c.configs.get(1);
        Response r = oci.client.request("POST", "/v2/<name>/blobs/uploads/").query("digest", config.digest())
                .header("Content-Type", "application/octet-stream").body(config.content()).send();
        assertFalse(r.relativeLocation().isEmpty(), r::toString);
        assertStatusIn(r, 201, 202);
        lastResponse = r;
    }

    @Test @Order(12) @DisplayName("Blob Upload Monolithic: GET request to blob URL from prior request should yield 200 or 404 based on response code")
    void getAfterMonolithicPost() throws Exception {
        assertNotNull(lastResponse);
        Response r = oci.client.request("GET", "/v2/<name>/blobs/" + c.configs.get(1).digest()).send();
        assertEquals(lastResponse.status() == 202 ? 404 : 200, r.status(), r::toString);
    }

    @Test @Order(13) @DisplayName("Blob Upload Monolithic: POST request should yield a session ID")
    void postSession() throws Exception {
        Response r = post();
        assertEquals(202, r.status(), r::toString);
        lastResponse = r;
    }

    @Test @Order(14) @DisplayName("Blob Upload Monolithic: PUT upload of a blob should yield a 201 Response")
    void monolithicPut() throws Exception {
        assertCreatedWithLocation(putBlob(lastResponse, c.configs.get(1)));
    }

    @Test @Order(15) @DisplayName("Blob Upload Monolithic: GET request to existing blob should yield 200 response")
    void getPutBlob() throws Exception {
        assertEquals(200, oci.client.request("GET", "/v2/<name>/blobs/" + c.configs.get(1).digest()).send().status());
    }

    @Test @Order(16) @DisplayName("Blob Upload Monolithic: PUT upload of a layer blob should yield a 201 Response")
    void monolithicPutLayer() throws Exception {
        assertCreatedWithLocation(putBlob(post(), c.layer));
    }

    @Test @Order(17) @DisplayName("Blob Upload Monolithic: GET request to existing layer should yield 200 response")
    void getLayer() throws Exception {
        assertEquals(200, oci.client.request("GET", "/v2/<name>/blobs/" + c.layer.digest()).send().status());
    }

    @Test @Order(20) @DisplayName("Blob Upload Chunked: Out-of-order blob upload should return 416")
    void outOfOrderChunk() throws Exception {
        Response session = post();
        assertFalse(session.relativeLocation().isEmpty(), session::toString);
        String minLength = session.header("OCI-Chunk-Min-Length");
        if (minLength != null && Integer.parseInt(minLength) > c.chunked.first().length) {
            c.chunkBlob(Integer.parseInt(minLength) * 2 - 2);
        }
        Chunked k = c.chunked;
        Response r = patch(session, k.second(), k.secondRange());
        assertEquals(416, r.status(), r::toString);
    }

    @Test @Order(21) @DisplayName("Blob Upload Chunked: PATCH request with first chunk should return 202")
    void firstChunk() throws Exception {
        Response session = post();
        assertFalse(session.relativeLocation().isEmpty(), session::toString);
        prevResponse = session;
        Response r = patch(session, c.chunked.first(), c.chunked.firstRange());
        assertEquals(202, r.status(), r::toString);
        assertEquals(c.chunked.firstRange(), r.header("Range"), r::toString);
        lastResponse = r;
    }

    @Test @Order(22) @DisplayName("Blob Upload Chunked: Retry previous blob chunk should return 416")
    void retriedChunk() throws Exception {
        Response r = patch(prevResponse, c.chunked.first(), c.chunked.firstRange());
        assertEquals(416, r.status(), r::toString);
    }

    @Test @Order(23) @DisplayName("Blob Upload Chunked: Get on stale blob upload should return 204 with a range and location")
    void uploadStatus() throws Exception {
        Response r = oci.client.request("GET", prevResponse.relativeLocation()).send();
        assertEquals(204, r.status(), r::toString);
        assertFalse(r.relativeLocation().isEmpty(), r::toString);
        assertEquals(c.chunked.firstRange(), r.header("Range"), r::toString);
        lastResponse = r;
    }

    @Test @Order(24) @DisplayName("Blob Upload Chunked: PATCH request with second chunk should return 202")
    void secondChunk() throws Exception {
        Response r = patch(lastResponse, c.chunked.second(), c.chunked.secondRange());
        assertEquals(202, r.status(), r::toString);
        assertFalse(r.relativeLocation().isEmpty(), r::toString);
        lastResponse = r;
    }

    @Test @Order(25) @DisplayName("Blob Upload Chunked: PUT request with digest should return 201")
    void closeChunked() throws Exception {
        Response r = oci.client.request("PUT", lastResponse.relativeLocation())
                .query("digest", c.chunked.blob().digest()).header("Content-Type", "application/octet-stream").send();
        assertCreatedWithLocation(r);
    }

    @Test @Order(30) @DisplayName("Cross-Repository Blob Mount: Cross-mounting of a blob without the from argument should yield session id")
    void mountWithoutFrom() throws Exception {
        Response r = oci.client.request("POST", "/v2/<name>/blobs/uploads/", oci.settings.crossmountNamespace())
                .query("mount", c.dummyDigest).send();
        assertEquals(202, r.status(), r::toString);
        assertFalse(r.absoluteLocation(oci.settings.rootUrl()).isEmpty(), r::toString);
    }

    @Test @Order(31) @DisplayName("Cross-Repository Blob Mount: POST request to mount another repository's blob should return 201 or 202")
    void mountFrom() throws Exception {
        Response r = oci.client.request("POST", "/v2/<name>/blobs/uploads/", oci.settings.crossmountNamespace())
                .query("mount", c.blobA.digest()).query("from", oci.settings.namespace()).send();
        assertStatusIn(r, 201, 202);
        lastResponse = r;
        // Berth mounts whenever the caller may pull "from": its challenge asks for that scope too
        assertEquals(201, r.status(), r::toString);
    }

    @Test @Order(32) @DisplayName("Cross-Repository Blob Mount: GET request to test digest within cross-mount namespace should return 200")
    void getMounted() throws Exception {
        assumeTrue(lastResponse.status() == 201);
        assertEquals("/v2/" + oci.settings.crossmountNamespace() + "/blobs/" + c.blobA.digest(), lastResponse.relativeLocation());
        Response r = oci.client.request("GET", lastResponse.relativeLocation()).send();
        assertEquals(200, r.status(), r::toString);
    }

    @Test @Order(33) @DisplayName("Cross-Repository Blob Mount: Cross-mounting of nonexistent blob should yield session id")
    void mountFallback() {
        assumeTrue(lastResponse.status() == 202);
        assertTrue(lastResponse.relativeLocation().startsWith("/v2/" + oci.settings.crossmountNamespace() + "/blobs/uploads/"),
                lastResponse::toString);
    }

    @Test @Order(34) @DisplayName("Cross-Repository Blob Mount: Cross-mounting without from, and automatic content discovery enabled should return a 201")
    void automaticMountEnabled() throws Exception {
        assumeTrue(oci.settings.automaticCrossmount().isPresent() && lastResponse.status() == 201);
        assumeTrue(oci.settings.automaticCrossmount().get());
        assertEquals(201, mountWithoutFromOf(c.blobA).status());
    }

    @Test @Order(35) @DisplayName("Cross-Repository Blob Mount: Cross-mounting without from, and automatic content discovery disabled should return a 202")
    void automaticMountDisabled() throws Exception {
        assumeTrue(oci.settings.automaticCrossmount().isPresent() && lastResponse.status() == 201);
        assumeFalse(oci.settings.automaticCrossmount().get());
        Response r = mountWithoutFromOf(c.blobA);
        assertEquals(202, r.status(), r::toString);
    }

    @Test @Order(40) @DisplayName("Manifest Upload: GET nonexistent manifest should return 404")
    void getMissingManifest() throws Exception {
        assertEquals(404, oci.client.request("GET", "/v2/<name>/manifests/" + NONEXISTENT_MANIFEST).send().status());
    }

    @Test @Order(41) @DisplayName("Manifest Upload: PUT should accept a manifest upload")
    void putManifest() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertCreatedWithLocation(oci.pushManifest("test" + i, OCI_MANIFEST, c.manifests.get(1)));
        }
    }

    @Test @Order(42) @DisplayName("Manifest Upload: Registry should accept a manifest upload with no layers")
    void putManifestWithoutLayers() throws Exception {
        Response r = oci.pushManifest(EMPTY_LAYER_TAG, OCI_MANIFEST, c.emptyLayerManifest);
        // the suite only warns when this is refused; Berth accepts it
        assertCreatedWithLocation(r);
        emptyLayerManifestRef = r.header("Location");
    }

    @Test @Order(43) @DisplayName("Manifest Upload: GET request to manifest URL (digest) should yield 200 response")
    void getManifest() throws Exception {
        Response r = oci.client.request("GET", "/v2/<name>/manifests/" + c.manifests.get(1).digest())
                .header("Accept", OCI_MANIFEST).send();
        assertEquals(200, r.status(), r::toString);
    }

    @Test @Order(50) @DisplayName("Teardown: Delete manifest created in tests (before blobs)")
    void deleteManifestBeforeBlobs() throws Exception {
        assumeTrue(oci.settings.deleteManifestBeforeBlobs());
        deleteManifests();
    }

    @Test @Order(51) @DisplayName("Teardown: Delete config blob created in tests")
    void deleteConfig() throws Exception {
        assertSuccessOr(oci.delete("blobs", c.configs.get(1).digest()), 404, 405);
    }

    @Test @Order(52) @DisplayName("Teardown: Delete layer blob created in setup")
    void deleteLayer() throws Exception {
        assertSuccessOr(oci.delete("blobs", c.layer.digest()), 404, 405);
    }

    @Test @Order(53) @DisplayName("Teardown: Delete manifest created in tests (after blobs)")
    void deleteManifestAfterBlobs() throws Exception {
        assumeFalse(oci.settings.deleteManifestBeforeBlobs());
        deleteManifests();
    }

    private void deleteManifests() throws Exception {
        assertSuccessOr(oci.delete("manifests", c.manifests.get(1).digest()), 405);
        if (!emptyLayerManifestRef.isEmpty()) {
            assertSuccessOr(oci.delete("manifests", c.emptyLayerManifest.digest()), 405);
        }
    }

    private Response post() throws Exception {
        return oci.client.request("POST", "/v2/<name>/blobs/uploads/").send();
    }

    private Response putBlob(Response session, Blob blob) throws Exception {
        return oci.client.request("PUT", session.relativeLocation()).query("digest", blob.digest())
                .header("Content-Type", "application/octet-stream").body(blob.content()).send();
    }

    private Response patch(Response session, byte[] chunk, String range) throws Exception {
        return oci.client.request("PATCH", session.relativeLocation()).header("Content-Type", "application/octet-stream")
                .header("Content-Range", range).body(chunk).send();
    }

    private Response mountWithoutFromOf(Blob blob) throws Exception {
        return oci.client.request("POST", "/v2/<name>/blobs/uploads/", oci.settings.crossmountNamespace())
                .query("mount", blob.digest()).send();
    }

    private static void assertCreatedWithLocation(Response r) {
        assertEquals(201, r.status(), r::toString);
        assertTrue(r.header("Location") != null && !r.header("Location").isEmpty(), r::toString);
    }
}
