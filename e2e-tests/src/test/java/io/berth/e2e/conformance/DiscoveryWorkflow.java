package io.berth.e2e.conformance;

import static io.berth.e2e.conformance.Conformance.assertSuccess;
import static io.berth.e2e.conformance.Conformance.assertSuccessOr;
import static io.berth.e2e.conformance.ConformanceContent.OCI_INDEX;
import static io.berth.e2e.conformance.ConformanceContent.OCI_MANIFEST;
import static io.berth.e2e.conformance.ConformanceContent.TEST_TAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.e2e.conformance.ConformanceContent.Blob;
import io.berth.e2e.conformance.RegistryClient.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The "Content Discovery" workflow of the conformance suite (conformance/03_discovery_test.go):
 * tag listing with {@code n}/{@code last} and the OCI 1.1 referrers API with the
 * {@code artifactType} filter. Setup always pushes (no OCI_TAG_LIST given). Berth applies the
 * filter, so the filtered check demands {@code OCI-Filters-Applied} instead of tolerating its absence.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DiscoveryWorkflow {

    private static final String EMPTY_JSON_DIGEST = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

    private final Conformance oci;
    private final ConformanceContent c;
    private int numTags = 4;

    DiscoveryWorkflow(Conformance oci) {
        this.oci = oci;
        this.c = oci.content;
    }

    @Test @Order(1) @DisplayName("Setup: Populate registry with test blob")
    void setupConfig() throws Exception {
        assertSuccess(oci.pushBlob(c.configs.get(2)));
    }

    @Test @Order(2) @DisplayName("Setup: Populate registry with test layer")
    void setupLayer() throws Exception {
        assertSuccess(oci.pushBlob(c.layer));
    }

    @Test @Order(3) @DisplayName("Setup: Populate registry with test tags")
    void setupTags() throws Exception {
        for (int i = 0; i < numTags; i++) {
            assertSuccess(oci.pushManifest("test" + i, OCI_MANIFEST, c.manifests.get(2)));
        }
    }

    @Test @Order(4) @DisplayName("Setup: References setup")
    void setupReferences() throws Exception {
        assertEquals(EMPTY_JSON_DIGEST, c.emptyJson.digest());
        assertSuccess(oci.pushBlob(c.emptyJson));
        assertSuccess(oci.pushBlob(c.refBlobA)); // before the subject exists
        pushReferrer(c.refsAConfig, OCI_MANIFEST, c.manifests.get(4));
        pushReferrer(c.refsALayer, OCI_MANIFEST, c.manifests.get(4));
        pushReferrer(c.refsIndex, OCI_INDEX, c.manifests.get(4));
        assertSuccess(oci.pushBlob(c.configs.get(4)));
        assertSuccess(oci.pushBlob(c.layer));
        assertSuccess(oci.pushManifest(TEST_TAG, OCI_MANIFEST, c.manifests.get(4)));
        assertSuccess(oci.pushBlob(c.refBlobB)); // after the subject exists
        pushReferrer(c.refsBConfig, OCI_MANIFEST, c.manifests.get(4));
        pushReferrer(c.refsBLayer, OCI_MANIFEST, c.manifests.get(4));
        pushReferrer(c.refsCLayer, OCI_MANIFEST, c.manifests.get(3)); // a subject never pushed
    }

    @Test @Order(10) @DisplayName("Listing tags: GET request to list tags should yield 200 response")
    void listTags() throws Exception {
        Response r = oci.client.request("GET", "/v2/<name>/tags/list").send();
        assertEquals(200, r.status(), r::toString);
        numTags = tags(r).size();
    }

    @Test @Order(11) @DisplayName("Listing tags: GET number of tags should be limitable by `n` query parameter")
    void limitTags() throws Exception {
        int n = numTags / 2;
        Response r = oci.client.request("GET", "/v2/<name>/tags/list").query("n", String.valueOf(n)).send();
        assertEquals(200, r.status(), r::toString);
        assertEquals(n, tags(r).size(), r::toString);
    }

    @Test @Order(12) @DisplayName("Listing tags: GET start of tag is set by `last` query parameter")
    void tagsAfterLast() throws Exception {
        int n = numTags / 2;
        List<String> first = tags(oci.client.request("GET", "/v2/<name>/tags/list").query("n", String.valueOf(n)).send());
        String last = first.get(n - 1);
        Response r = oci.client.request("GET", "/v2/<name>/tags/list").query("n", String.valueOf(n))
                .query("last", last).send();
        assertEquals(200, r.status(), r::toString);
        assertTrue(first.size() <= n && first.contains(last), first::toString);
        // beyond the suite: the next page holds at most n tags, all sorting after "last"
        List<String> next = tags(r);
        assertTrue(next.size() <= n && next.stream().allMatch(t -> t.compareTo(last) > 0), r::toString);
    }

    @Test @Order(20) @DisplayName("Listing references: GET request to nonexistent blob should result in empty 200 response")
    void referrersOfNothing() throws Exception {
        JsonNode index = referrers(c.dummyDigest, null);
        assertEquals(0, index.path("manifests").size(), index::toString);
    }

    @Test @Order(21) @DisplayName("Listing references: GET request to existing blob should yield 200")
    void referrers() throws Exception {
        JsonNode manifests = referrers(c.manifests.get(4).digest(), null).path("manifests");
        assertEquals(5, manifests.size(), manifests::toString);
        assertNotEquals(manifests.get(0).path("digest").asText(), manifests.get(1).path("digest").asText());
        assertAnnotated(manifests);
    }

    @Test @Order(22) @DisplayName("Listing references: GET request to existing blob with filter should yield 200")
    void referrersFiltered() throws Exception {
        Response r = referrersResponse(c.manifests.get(4).digest(), ConformanceContent.ARTIFACT_TYPE_A);
        assertEquals("artifactType", r.header("OCI-Filters-Applied"), r::toString);
        JsonNode manifests = r.json().path("manifests");
        assertEquals(2, manifests.size(), manifests::toString);
        assertAnnotated(manifests);
    }

    @Test @Order(23) @DisplayName("Listing references: GET request to missing manifest should yield 200")
    void referrersOfMissingSubject() throws Exception {
        JsonNode manifests = referrers(c.manifests.get(3).digest(), null).path("manifests");
        assertEquals(1, manifests.size(), manifests::toString);
        assertEquals(c.refsCLayer.digest(), manifests.get(0).path("digest").asText());
    }

    @Test @Order(30) @DisplayName("Teardown: Delete created manifest & associated tags (before blobs)")
    void deleteManifestsBeforeBlobs() throws Exception {
        assumeTrue(oci.settings.deleteManifestBeforeBlobs());
        deleteManifestsAndTags();
    }

    @Test @Order(31) @DisplayName("Teardown: Delete config blob created in tests")
    void deleteConfig() throws Exception {
        assertSuccessOr(oci.delete("blobs", c.configs.get(2).digest()), 405);
    }

    @Test @Order(32) @DisplayName("Teardown: Delete layer blob created in setup")
    void deleteLayer() throws Exception {
        assertSuccessOr(oci.delete("blobs", c.layer.digest()), 405);
    }

    @Test @Order(33) @DisplayName("Teardown: Delete created manifest & associated tags (after blobs)")
    void deleteManifestsAfterBlobs() throws Exception {
        assumeFalse(oci.settings.deleteManifestBeforeBlobs());
        deleteManifestsAndTags();
    }

    @Test @Order(34) @DisplayName("Teardown: References teardown")
    void referencesTeardown() throws Exception {
        if (oci.settings.deleteManifestBeforeBlobs()) {
            deleteReferrerManifests();
        }
        for (Blob b : List.of(c.configs.get(4), c.refBlobA, c.refBlobB, c.emptyJson)) {
            assertSuccessOr(oci.delete("blobs", b.digest()), 404, 405);
        }
        if (!oci.settings.deleteManifestBeforeBlobs()) {
            deleteReferrerManifests();
        }
    }

    private void deleteManifestsAndTags() throws Exception {
        List<String> refs = List.of(c.refsIndex.digest(), c.manifests.get(2).digest(), c.manifests.get(4).digest(),
                c.refsAConfig.digest(), c.refsALayer.digest(), TEST_TAG, c.refsBConfig.digest(), c.refsBLayer.digest(),
                c.refsCLayer.digest());
        for (String ref : refs) {
            assertSuccessOr(oci.delete("manifests", ref), 404, 405);
        }
    }

    private void deleteReferrerManifests() throws Exception {
        for (Blob m : List.of(c.refsIndex, c.refsAConfig, c.refsALayer, c.manifests.get(4), c.refsBConfig, c.refsBLayer)) {
            assertSuccessOr(oci.delete("manifests", m.digest()), 404, 405);
        }
    }

    private void pushReferrer(Blob manifest, String mediaType, Blob subject) throws Exception {
        Response r = oci.pushManifest(manifest.digest(), mediaType, manifest);
        assertSuccess(r);
        assertEquals(subject.digest(), r.header("OCI-Subject"), r::toString);
    }

    private void assertAnnotated(JsonNode manifests) {
        for (JsonNode m : manifests) {
            JsonNode annotations = m.path("annotations");
            assertEquals(1, annotations.size(), m::toString);
            assertEquals(c.annotations.get(m.path("digest").asText()), annotations.path(ConformanceContent.ANNOTATION).asText(),
                    m::toString);
        }
    }

    private Response referrersResponse(String digest, String artifactType) throws Exception {
        RegistryClient.Request req = oci.client.request("GET", "/v2/<name>/referrers/" + digest);
        if (artifactType != null) {
            req.query("artifactType", artifactType);
        }
        Response r = req.send();
        assertEquals(200, r.status(), r::toString);
        assertEquals(OCI_INDEX, r.header("Content-Type"), r::toString);
        return r;
    }

    private JsonNode referrers(String digest, String artifactType) throws Exception {
        return referrersResponse(digest, artifactType).json();
    }

    private static List<String> tags(Response r) throws Exception {
        List<String> tags = new ArrayList<>();
        r.json().path("tags").forEach(t -> tags.add(t.asText()));
        return tags;
    }
}
