package io.berth.e2e.conformance;

import static io.berth.e2e.conformance.Conformance.assertStatusIn;
import static io.berth.e2e.conformance.Conformance.assertSuccess;
import static io.berth.e2e.conformance.Conformance.assertSuccessOr;
import static io.berth.e2e.conformance.ConformanceContent.NONEXISTENT_MANIFEST;
import static io.berth.e2e.conformance.ConformanceContent.OCI_MANIFEST;
import static io.berth.e2e.conformance.ConformanceContent.TEST_TAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.berth.e2e.conformance.ConformanceContent.Blob;
import io.berth.e2e.conformance.RegistryClient.Response;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The "Pull" workflow of the OCI distribution-spec conformance suite (conformance/01_pull_test.go),
 * one JUnit test per spec, in the suite's order. Setup always runs here (no OCI_TAG_NAME given).
 * Where the suite accepts a missing Docker-Content-Digest, Berth is held to sending it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PullWorkflow {

    private final Conformance oci;
    private final ConformanceContent c;

    PullWorkflow(Conformance oci) {
        this.oci = oci;
        this.c = oci.content;
    }

    @Test @Order(1) @DisplayName("Setup: Populate registry with test blob (config 0)")
    void setupConfig0() throws Exception {
        assertSuccess(oci.pushBlob(c.configs.get(0)));
    }

    @Test @Order(2) @DisplayName("Setup: Populate registry with test blob (config 1)")
    void setupConfig1() throws Exception {
        assertSuccess(oci.pushBlob(c.configs.get(1)));
    }

    @Test @Order(3) @DisplayName("Setup: Populate registry with test layer")
    void setupLayer() throws Exception {
        assertSuccess(oci.pushBlob(c.layer));
    }

    @Test @Order(4) @DisplayName("Setup: Populate registry with test manifest (tag)")
    void setupManifestByTag() throws Exception {
        assertSuccess(oci.pushManifest(TEST_TAG, OCI_MANIFEST, c.manifests.get(0)));
    }

    @Test @Order(5) @DisplayName("Setup: Populate registry with test manifest (digest)")
    void setupManifestByDigest() throws Exception {
        assertSuccess(oci.pushManifest(c.manifests.get(1).digest(), OCI_MANIFEST, c.manifests.get(1)));
    }

    @Test @Order(10) @DisplayName("Pull blobs: HEAD request to nonexistent blob should result in 404 response")
    void headMissingBlob() throws Exception {
        assertEquals(404, oci.client.request("HEAD", "/v2/<name>/blobs/" + c.dummyDigest).send().status());
    }

    @Test @Order(11) @DisplayName("Pull blobs: HEAD request to existing blob should yield 200")
    void headBlob() throws Exception {
        Response r = oci.client.request("HEAD", "/v2/<name>/blobs/" + c.configs.get(0).digest()).send();
        assertEquals(200, r.status(), r::toString);
        assertEquals(c.configs.get(0).digest(), r.header("Docker-Content-Digest"), r::toString);
    }

    @Test @Order(12) @DisplayName("Pull blobs: GET nonexistent blob should result in 404 response")
    void getMissingBlob() throws Exception {
        assertEquals(404, oci.client.request("GET", "/v2/<name>/blobs/" + c.dummyDigest).send().status());
    }

    @Test @Order(13) @DisplayName("Pull blobs: GET request to existing blob URL should yield 200")
    void getBlob() throws Exception {
        Response r = oci.client.request("GET", "/v2/<name>/blobs/" + c.configs.get(0).digest()).send();
        assertEquals(200, r.status(), r::toString);
        assertTrue(java.util.Arrays.equals(c.configs.get(0).content(), r.body()), "blob content differs");
    }

    @Test @Order(20) @DisplayName("Pull manifests: HEAD request to nonexistent manifest should return 404")
    void headMissingManifest() throws Exception {
        assertEquals(404, oci.client.request("HEAD", "/v2/<name>/manifests/" + NONEXISTENT_MANIFEST).send().status());
    }

    @Test @Order(21) @DisplayName("Pull manifests: HEAD request to manifest[0] path (digest) should yield 200 response")
    void headManifest0() throws Exception {
        headManifest(c.manifests.get(0).digest(), c.manifests.get(0));
    }

    @Test @Order(22) @DisplayName("Pull manifests: HEAD request to manifest[1] path (digest) should yield 200 response")
    void headManifest1() throws Exception {
        headManifest(c.manifests.get(1).digest(), c.manifests.get(1));
    }

    @Test @Order(23) @DisplayName("Pull manifests: HEAD request to manifest path (tag) should yield 200 response")
    void headManifestByTag() throws Exception {
        headManifest(TEST_TAG, c.manifests.get(0));
    }

    @Test @Order(24) @DisplayName("Pull manifests: GET nonexistent manifest should return 404")
    void getMissingManifest() throws Exception {
        assertEquals(404, oci.client.request("GET", "/v2/<name>/manifests/" + NONEXISTENT_MANIFEST).send().status());
    }

    @Test @Order(25) @DisplayName("Pull manifests: GET request to manifest[0] path (digest) should yield 200 response")
    void getManifest0() throws Exception {
        getManifest(c.manifests.get(0).digest(), c.manifests.get(0));
    }

    @Test @Order(26) @DisplayName("Pull manifests: GET request to manifest[1] path (digest) should yield 200 response")
    void getManifest1() throws Exception {
        getManifest(c.manifests.get(1).digest(), c.manifests.get(1));
    }

    @Test @Order(27) @DisplayName("Pull manifests: GET request to manifest path (tag) should yield 200 response")
    void getManifestByTag() throws Exception {
        getManifest(TEST_TAG, c.manifests.get(0));
    }

    @Test @Order(30) @DisplayName("Error codes: 400 response body should contain OCI-conforming JSON message")
    void errorBody() throws Exception {
        Response r = oci.client.request("GET", "/v2/<name>/manifests/sha256:totallywrong")
                .header("Content-Type", OCI_MANIFEST).body(ConformanceContent.INVALID_MANIFEST).send();
        assertStatusIn(r, 400, 404);
        // the OCI suite checks the body of a 400 only; Berth answers either status in OCI's format
        List<String> codes = r.errorCodes();
        assertFalse(codes.isEmpty(), r::toString);
        assertTrue(ErrorCodes.ALL.contains(codes.get(0)), r::toString);
    }

    @Test @Order(40) @DisplayName("Teardown: Delete manifest[0] created in setup (before blobs)")
    void deleteManifest0BeforeBlobs() throws Exception {
        assumeTrue(oci.settings.deleteManifestBeforeBlobs());
        assertSuccessOr(oci.delete("manifests", c.manifests.get(0).digest()), 405);
    }

    @Test @Order(41) @DisplayName("Teardown: Delete manifest[1] created in setup (before blobs)")
    void deleteManifest1BeforeBlobs() throws Exception {
        assumeTrue(oci.settings.deleteManifestBeforeBlobs());
        assertSuccessOr(oci.delete("manifests", c.manifests.get(1).digest()), 405);
    }

    @Test @Order(42) @DisplayName("Teardown: Delete config[0] blob created in setup")
    void deleteConfig0() throws Exception {
        assertSuccessOr(oci.delete("blobs", c.configs.get(0).digest()), 404, 405);
    }

    @Test @Order(43) @DisplayName("Teardown: Delete config[1] blob created in setup")
    void deleteConfig1() throws Exception {
        assertSuccessOr(oci.delete("blobs", c.configs.get(1).digest()), 404, 405);
    }

    @Test @Order(44) @DisplayName("Teardown: Delete layer blob created in setup")
    void deleteLayer() throws Exception {
        assertSuccessOr(oci.delete("blobs", c.layer.digest()), 404, 405);
    }

    @Test @Order(45) @DisplayName("Teardown: Delete manifest[0] created in setup (after blobs)")
    void deleteManifest0AfterBlobs() throws Exception {
        assumeFalse(oci.settings.deleteManifestBeforeBlobs());
        assertSuccessOr(oci.delete("manifests", c.manifests.get(0).digest()), 405);
    }

    @Test @Order(46) @DisplayName("Teardown: Delete manifest[1] created in setup (after blobs)")
    void deleteManifest1AfterBlobs() throws Exception {
        assumeFalse(oci.settings.deleteManifestBeforeBlobs());
        assertSuccessOr(oci.delete("manifests", c.manifests.get(1).digest()), 405);
    }

    private void headManifest(String reference, Blob expected) throws Exception {
        Response r = oci.client.request("HEAD", "/v2/<name>/manifests/" + reference).header("Accept", OCI_MANIFEST).send();
        assertEquals(200, r.status(), r::toString);
        assertEquals(expected.digest(), r.header("Docker-Content-Digest"), r::toString);
    }

    private void getManifest(String reference, Blob expected) throws Exception {
        Response r = oci.client.request("GET", "/v2/<name>/manifests/" + reference).header("Accept", OCI_MANIFEST).send();
        assertEquals(200, r.status(), r::toString);
        assertTrue(java.util.Arrays.equals(expected.content(), r.body()), "manifest bytes differ: " + r);
    }
}
