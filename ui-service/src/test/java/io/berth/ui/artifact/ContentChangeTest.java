package io.berth.ui.artifact;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deletes through the API go to registry-core first, then update metadata and audit. */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class ContentChangeTest {

    private static final String A = "sha256:" + "a".repeat(64);
    private static final String B = "sha256:" + "b".repeat(64);

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

    @Test
    void maintainersDeleteTagsArtifactsAndRepositories() {
        Api.createProject("padmin", "chg", false);
        Api.addMember("chg", "dev", 2);
        Api.addMember("chg", "maint", 4);
        Api.internal().contentType("application/json")
                .body(Map.of("events", List.of(push("chg-1", "chg/app", "v1", A), push("chg-2", "chg/app", "v2", A),
                        push("chg-3", "chg/app", "old", B), push("chg-4", "chg/team/tool", "1", A))))
                .post("/internal/v1/events").then().statusCode(200);

        Api.as("dev").delete("/api/v2.0/projects/chg/repositories/app/artifacts/v1/tags/v2").then().statusCode(403);
        Api.as("maint").delete("/api/v2.0/projects/chg/repositories/app/artifacts/v1/tags/v2").then().statusCode(200);
        Api.as("dev").get("/api/v2.0/projects/chg/repositories/app/artifacts/" + A).then()
                .body("tags.name", equalTo(List.of("v1")));

        Api.as("maint").delete("/api/v2.0/projects/chg/repositories/app/artifacts/old").then().statusCode(200);
        Api.as("dev").get("/api/v2.0/projects/chg/repositories/app/artifacts/" + B).then().statusCode(404);
        Api.as("dev").get("/api/v2.0/projects/chg/repositories/app/artifacts").then()
                .header("X-Total-Count", "1");

        Api.as("padmin").urlEncodingEnabled(false)
                .delete("/api/v2.0/projects/chg/repositories/team%252Ftool").then().statusCode(200);
        Api.as("dev").get("/api/v2.0/projects/chg/repositories").then()
                .header("X-Total-Count", "1");

        List<String> calls = registryCalls();
        assertThat(calls, hasItem("DELETE /internal/v1/repositories/chg/app/tags/v2"));
        assertThat(calls, hasItem("DELETE /internal/v1/repositories/chg/app/manifests/" + B));
        assertThat(calls, hasItem("DELETE /internal/v1/repositories/chg/team/tool"));

        Api.as("padmin").queryParam("q", "operation=delete").get("/api/v2.0/projects/chg/logs").then()
                .header("X-Total-Count", "3")
                .body("resource", hasItem("chg/app:v2"))
                .body("resource", hasItem("chg/app@" + B))
                .body("resource", hasItem("chg/team/tool"));
        Api.as("maint").delete("/api/v2.0/projects/chg/repositories/app/artifacts/v9").then().statusCode(404);
    }
}
