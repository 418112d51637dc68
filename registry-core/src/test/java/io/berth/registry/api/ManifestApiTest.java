package io.berth.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.berth.registry.storage.Digest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ManifestApiTest {

    @Test
    void pushPullByTagAndDigestWithAcceptNegotiation() {
        String repo = Oci.repo();
        Digest m = Oci.pushImage(repo, "v1", "a");
        given().accept(Oci.OCI_MANIFEST).get("/v2/" + repo + "/manifests/v1").then().statusCode(200)
                .contentType(Oci.OCI_MANIFEST).header("Docker-Content-Digest", m.toString());
        given().head("/v2/" + repo + "/manifests/" + m).then().statusCode(200)
                .header("Docker-Content-Digest", m.toString());
        given().accept("application/vnd.docker.distribution.manifest.v2+json")
                .get("/v2/" + repo + "/manifests/v1").then().statusCode(404)
                .body("errors[0].code", is("MANIFEST_UNKNOWN"));
        given().get("/v2/" + repo + "/manifests/nope").then().statusCode(404)
                .body("errors[0].code", is("MANIFEST_UNKNOWN"));
    }

    @Test
    void manifestReferencingMissingBlobOrChildIsRefused() {
        String repo = Oci.repo();
        Digest missing = Digest.of("missing".getBytes());
        String body = Oci.manifest(missing, 7, List.of(), List.of(), null);
        given().contentType(Oci.OCI_MANIFEST).body(body).put("/v2/" + repo + "/manifests/t").then()
                .statusCode(400).body("errors[0].code", is("MANIFEST_BLOB_UNKNOWN"));
        String index = "{\"schemaVersion\":2,\"mediaType\":\"" + Oci.OCI_INDEX + "\",\"manifests\":["
                + Oci.descriptor(Oci.OCI_MANIFEST, missing, 7) + "]}";
        given().contentType(Oci.OCI_INDEX).body(index).put("/v2/" + repo + "/manifests/t").then()
                .statusCode(400).body("errors[0].code", is("MANIFEST_BLOB_UNKNOWN"));
        // a blob of another repository is not enough
        String other = Oci.repo();
        Digest foreign = Oci.pushBlob(other, "foreign".getBytes());
        given().contentType(Oci.OCI_MANIFEST).body(Oci.manifest(foreign, 7, List.of(), List.of(), null))
                .put("/v2/" + repo + "/manifests/t").then().statusCode(400)
                .body("errors[0].code", is("MANIFEST_BLOB_UNKNOWN"));
    }

    @Test
    void indexOfPushedManifests() {
        String repo = Oci.repo();
        Digest a = Oci.pushImage(repo, "a", "amd64");
        Digest b = Oci.pushImage(repo, "b", "arm64");
        int sa = given().get("/v2/" + repo + "/manifests/a").then().extract().asByteArray().length;
        int sb = given().get("/v2/" + repo + "/manifests/b").then().extract().asByteArray().length;
        String index = "{\"schemaVersion\":2,\"mediaType\":\"" + Oci.OCI_INDEX + "\",\"manifests\":["
                + Oci.descriptor(Oci.OCI_MANIFEST, a, sa) + "," + Oci.descriptor(Oci.OCI_MANIFEST, b, sb) + "]}";
        given().contentType(Oci.OCI_INDEX).body(index).put("/v2/" + repo + "/manifests/multi").then().statusCode(201);
        given().accept(Oci.OCI_INDEX).get("/v2/" + repo + "/manifests/multi").then().statusCode(200)
                .contentType(Oci.OCI_INDEX);
    }

    @Test
    void invalidManifestsAndDigests() {
        String repo = Oci.repo();
        given().contentType(Oci.OCI_MANIFEST).body("not json").put("/v2/" + repo + "/manifests/t").then()
                .statusCode(400).body("errors[0].code", is("MANIFEST_INVALID"));
        Digest m = Oci.pushImage(repo, "x", "x");
        byte[] body = given().get("/v2/" + repo + "/manifests/x").then().extract().asByteArray();
        given().contentType(Oci.OCI_MANIFEST).body(body).put("/v2/" + repo + "/manifests/" + Digest.of("z".getBytes()))
                .then().statusCode(400).body("errors[0].code", is("DIGEST_INVALID"));
        given().contentType(Oci.OCI_MANIFEST).body(body).put("/v2/" + repo + "/manifests/" + m).then().statusCode(201);
        given().contentType(Oci.OCI_MANIFEST).body(body).put("/v2/" + repo + "/manifests/bad:tag").then()
                .statusCode(400).body("errors[0].code", is("DIGEST_INVALID"));
    }

    @Test
    void oversizedManifestIsRefused() {
        String repo = Oci.repo();
        byte[] big = new byte[4 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        given().contentType(Oci.OCI_MANIFEST).body(big).put("/v2/" + repo + "/manifests/big").then()
                .statusCode(413).body("errors[0].code", is("SIZE_INVALID"));
    }

    @Test
    void deleteTagThenManifest() {
        String repo = Oci.repo();
        Digest m = Oci.pushImage(repo, "t1", "d");
        given().contentType(Oci.OCI_MANIFEST).body(given().get("/v2/" + repo + "/manifests/t1").asByteArray())
                .put("/v2/" + repo + "/manifests/t2").then().statusCode(201);
        given().delete("/v2/" + repo + "/manifests/t1").then().statusCode(202);
        given().get("/v2/" + repo + "/tags/list").then().statusCode(200).body("tags", contains("t2"));
        given().delete("/v2/" + repo + "/manifests/" + m).then().statusCode(202);
        given().get("/v2/" + repo + "/manifests/t2").then().statusCode(404);
        given().get("/v2/" + repo + "/manifests/" + m).then().statusCode(404);
        given().delete("/v2/" + repo + "/manifests/" + m).then().statusCode(404)
                .body("errors[0].code", is("MANIFEST_UNKNOWN"));
    }

    @Test
    void tagPagingAndCatalog() {
        String repo = Oci.repo();
        Oci.pushImage(repo, "c", "p");
        byte[] body = given().get("/v2/" + repo + "/manifests/c").asByteArray();
        for (String t : List.of("a", "b", "d", "e")) {
            given().contentType(Oci.OCI_MANIFEST).body(body).put("/v2/" + repo + "/manifests/" + t).then().statusCode(201);
        }
        given().get("/v2/" + repo + "/tags/list").then().body("tags", contains("a", "b", "c", "d", "e"));
        Response p1 = given().queryParam("n", 2).get("/v2/" + repo + "/tags/list");
        p1.then().statusCode(200).body("tags", contains("a", "b"))
                .header("Link", "</v2/" + repo + "/tags/list?n=2&last=b>; rel=\"next\"");
        given().queryParam("n", 2).queryParam("last", "b").get("/v2/" + repo + "/tags/list").then()
                .body("tags", contains("c", "d"));
        given().queryParam("n", 2).queryParam("last", "d").get("/v2/" + repo + "/tags/list").then()
                .body("tags", contains("e")).header("Link", nullValue());
        given().queryParam("n", "x").get("/v2/" + repo + "/tags/list").then().statusCode(400)
                .body("errors[0].code", is("PAGINATION_NUMBER_INVALID"));
        given().get("/v2/_catalog").then().statusCode(200).body("repositories", hasItem(repo));
        given().queryParam("n", 1).get("/v2/_catalog").then().statusCode(200)
                .body("repositories.size()", is(1)).header("Link", not(nullValue()));
    }

    @Test
    void referrersWithSubjectAndArtifactTypeFilter() {
        String repo = Oci.repo();
        Digest subject = Oci.pushImage(repo, "s", "subject");
        int size = given().get("/v2/" + repo + "/manifests/s").asByteArray().length;
        byte[] empty = "{}".getBytes(StandardCharsets.UTF_8);
        Digest e = Oci.pushBlob(repo, empty);
        String subj = Oci.descriptor(Oci.OCI_MANIFEST, subject, size);
        for (String type : List.of("application/vnd.example.sbom", "application/vnd.example.sig")) {
            String art = "{\"schemaVersion\":2,\"mediaType\":\"" + Oci.OCI_MANIFEST + "\",\"artifactType\":\"" + type
                    + "\",\"config\":" + Oci.descriptor("application/vnd.oci.empty.v1+json", e, 2)
                    + ",\"layers\":[" + Oci.descriptor("application/vnd.oci.empty.v1+json", e, 2) + "],\"subject\":" + subj
                    + ",\"annotations\":{\"k\":\"v\"}}";
            given().contentType(Oci.OCI_MANIFEST).body(art).put("/v2/" + repo + "/manifests/" + Digest.of(art.getBytes()))
                    .then().statusCode(201).header("OCI-Subject", subject.toString());
        }
        given().get("/v2/" + repo + "/referrers/" + subject).then().statusCode(200).contentType(Oci.OCI_INDEX)
                .body("manifests.size()", is(2)).body("manifests[0].annotations.k", is("v"));
        given().queryParam("artifactType", "application/vnd.example.sig").get("/v2/" + repo + "/referrers/" + subject)
                .then().statusCode(200).header("OCI-Filters-Applied", "artifactType")
                .body("manifests.size()", is(1)).body("manifests[0].artifactType", is("application/vnd.example.sig"));
        given().get("/v2/" + repo + "/referrers/" + Digest.of("none".getBytes())).then().statusCode(200)
                .body("manifests", empty());
    }
}
