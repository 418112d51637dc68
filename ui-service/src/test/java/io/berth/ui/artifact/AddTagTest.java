package io.berth.ui.artifact;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Harbor's {@code POST .../artifacts/{reference}/tags}: developer and up, the OCI tag grammar,
 * 409 for a tag that exists, 404 for an unknown artifact; registry-core is asked to tag.
 */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class AddTagTest {

    private static final String A = "sha256:" + "1".repeat(64);
    private static final String B = "sha256:" + "2".repeat(64);
    private static final String TAGS = "/api/v2.0/projects/addt/repositories/app/artifacts/";

    private static Map<String, Object> push(String id, String repo, String tag, String digest) {
        Map<String, Object> e = new HashMap<>();
        e.put("id", id);
        e.put("action", "push");
        e.put("actor", "dev");
        e.put("repository", repo);
        e.put("tag", tag);
        e.put("digest", digest);
        e.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        e.put("size", 5);
        e.put("references", List.of());
        return e;
    }

    private static List<String> registryCalls() {
        return RestAssured.given().get(Api.config("ui.auth-url") + "/control/registry-calls")
                .then().statusCode(200).extract().jsonPath().getList("$", String.class);
    }

    private static io.restassured.response.Response add(String user, String reference, String body) {
        return Api.as(user).contentType("application/json").body(body).post(TAGS + reference + "/tags");
    }

    @Test
    void developersAddTagsThatRegistryCoreWrites() {
        Api.createProject("padmin", "addt", false);
        Api.addMember("addt", "dev", 2);
        Api.addMember("addt", "guest", 3);
        Api.internal().contentType("application/json")
                .body(Map.of("events", List.of(push("addt-1", "addt/app", "v1", A), push("addt-2", "addt/app", "v2", B),
                        push("addt-3", "addt/missing", "v1", A))))
                .post("/internal/v1/events").then().statusCode(200);

        String location = add("dev", "v1", "{\"name\":\"stable\"}").then().statusCode(201)
                .extract().header("Location");
        assertThat(location, endsWith(TAGS + "v1/tags/stable"));
        Api.as("dev").get(TAGS + A).then().statusCode(200)
                .body("tags.name", containsInAnyOrder("v1", "stable"));
        assertThat(registryCalls(), hasItem("PUT /internal/v1/repositories/addt/app/tags/stable?digest=" + A
                + "&actor=dev"));
        // the artifact's tag list is paged like every list
        Api.as("dev").queryParam("page_size", 1).get(TAGS + A + "/tags").then().statusCode(200)
                .header("X-Total-Count", "2").header("Link", containsString("page=2&page_size=1>; rel=\"next\""))
                .body("size()", equalTo(1));
        Api.as("dev").queryParam("page", 2).queryParam("page_size", 1).get(TAGS + A + "/tags").then()
                .statusCode(200).header("Link", containsString("rel=\"prev\"")).body("size()", equalTo(1));

        // by digest too; the tag then names that artifact
        add("padmin", B, "{\"name\":\"prod-1.0\"}").then().statusCode(201);
        Api.as("dev").get(TAGS + "prod-1.0").then().statusCode(200).body("digest", equalTo(B));

        add("dev", "v2", "{\"name\":\"stable\"}").then().statusCode(409)
                .body("errors[0].code", equalTo("CONFLICT"));
        add("dev", "v1", "{\"name\":\"-dash\"}").then().statusCode(400)
                .body("errors[0].code", equalTo("BAD_REQUEST"));
        add("dev", "v1", "{\"name\":\"" + "x".repeat(129) + "\"}").then().statusCode(400);
        add("dev", "v1", "{}").then().statusCode(400);
        add("dev", "nope", "{\"name\":\"n1\"}").then().statusCode(404)
                .body("errors[0].code", equalTo("NOT_FOUND"));
        add("dev", "sha256:" + "9".repeat(64), "{\"name\":\"n2\"}").then().statusCode(404);
        add("guest", "v1", "{\"name\":\"g1\"}").then().statusCode(403);
        add("outsider", "v1", "{\"name\":\"o1\"}").then().statusCode(403);
        Api.anonymous().contentType("application/json").body("{\"name\":\"a1\"}").post(TAGS + "v1/tags")
                .then().statusCode(401);
        assertThat(registryCalls(), not(hasItem(org.hamcrest.Matchers.containsString("/tags/g1"))));

        // registry-core does not have the manifest: 404, no tag row
        Api.as("padmin").contentType("application/json").body("{\"name\":\"r1\"}")
                .post("/api/v2.0/projects/addt/repositories/missing/artifacts/v1/tags").then().statusCode(404);
        Api.as("padmin").get("/api/v2.0/projects/addt/repositories/missing/artifacts/" + A).then()
                .body("tags.name", equalTo(List.of("v1")));
    }
}
