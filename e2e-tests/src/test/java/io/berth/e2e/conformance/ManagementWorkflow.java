package io.berth.e2e.conformance;

import static io.berth.e2e.conformance.Conformance.assertStatusIn;
import static io.berth.e2e.conformance.Conformance.assertSuccess;
import static io.berth.e2e.conformance.ConformanceContent.OCI_MANIFEST;
import static io.berth.e2e.conformance.ConformanceContent.TEST_TAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.e2e.conformance.RegistryClient.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The "Content Management" workflow of the conformance suite (conformance/04_management_test.go):
 * deleting a tag, a manifest by digest and blobs, and seeing the deletions in listings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ManagementWorkflow {

    private final Conformance oci;
    private final ConformanceContent c;
    private int numTags;
    private Response manifestDelete;

    ManagementWorkflow(Conformance oci) {
        this.oci = oci;
        this.c = oci.content;
    }

    @Test @Order(1) @DisplayName("Setup: Populate registry with test config blob")
    void setupConfig() throws Exception {
        assertSuccess(oci.pushBlob(c.configs.get(3)));
    }

    @Test @Order(2) @DisplayName("Setup: Populate registry with test layer")
    void setupLayer() throws Exception {
        assertSuccess(oci.pushBlob(c.layer));
    }

    @Test @Order(3) @DisplayName("Setup: Populate registry with test tag")
    void setupTag() throws Exception {
        assertSuccess(oci.pushManifest(TEST_TAG, OCI_MANIFEST, c.manifests.get(3)));
    }

    @Test @Order(4) @DisplayName("Setup: Check how many tags there are before anything gets deleted")
    void countTags() throws Exception {
        Response r = oci.client.request("GET", "/v2/<name>/tags/list").send();
        assertEquals(200, r.status(), r::toString);
        numTags = r.json().path("tags").size();
    }

    @Test @Order(10) @DisplayName("Manifest delete: DELETE request to manifest tag should return 202, unless tag deletion is disallowed (400/405)")
    void deleteTag() throws Exception {
        Response r = oci.delete("manifests", TEST_TAG);
        assertStatusIn(r, 400, 202, 405);
        if (r.status() == 400) {
            assertFalse(r.errorCodes().isEmpty(), r::toString);
            assertEquals(ErrorCodes.UNSUPPORTED, r.errorCodes().get(0), r::toString);
        }
    }

    @Test @Order(11) @DisplayName("Manifest delete: DELETE request to manifest (digest) should yield 202 response unless already deleted")
    void deleteManifest() throws Exception {
        manifestDelete = oci.delete("manifests", c.manifests.get(3).digest());
        assertStatusIn(manifestDelete, 202, 404);
    }

    @Test @Order(12) @DisplayName("Manifest delete: GET request to deleted manifest URL should yield 404 response, unless delete is disallowed")
    void getDeletedManifest() throws Exception {
        // the suite accepts 200 for a registry that disallows deletes; Berth answered the delete
        // with 202 (deleted) or 404 (gone with its tag), so the manifest must be gone
        Response r = oci.client.request("GET", "/v2/<name>/manifests/" + c.manifests.get(3).digest()).send();
        assertStatusIn(manifestDelete, 202, 404);
        assertEquals(404, r.status(), r::toString);
    }

    @Test @Order(13) @DisplayName("Manifest delete: GET request to tags list should reflect manifest deletion")
    void tagsAfterDelete() throws Exception {
        Response r = oci.client.request("GET", "/v2/<name>/tags/list").send();
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.json().path("tags").size() < numTags, r::toString);
    }

    @Test @Order(20) @DisplayName("Blob delete: DELETE request to blob URL should yield 202 response")
    void deleteBlobs() throws Exception {
        assertStatusIn(oci.delete("blobs", c.configs.get(3).digest()), 202, 404, 405);
        assertStatusIn(oci.delete("blobs", c.layer.digest()), 202, 404, 405);
    }

    @Test @Order(21) @DisplayName("Blob delete: GET request to deleted blob URL should yield 404 response")
    void getDeletedBlob() throws Exception {
        // a registry that refuses blob deletes (405) still serves the blob; one that accepts them does not
        boolean refused = !oci.deletes("blobs").orElse(true);
        Response r = oci.client.request("GET", "/v2/<name>/blobs/" + c.configs.get(3).digest()).send();
        assertEquals(refused ? 200 : 404, r.status(), r::toString);
    }
}
