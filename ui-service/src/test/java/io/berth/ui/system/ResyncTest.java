package io.berth.ui.system;

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

/** {@code POST /api/v2.0/system/resync} rebuilds repository and tag rows from registry-core's catalog. */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class ResyncTest {

    private static final String A = "sha256:" + "c".repeat(64);
    private static final String B = "sha256:" + "d".repeat(64);
    private static final String C = "sha256:" + "e".repeat(64);

    private static Map<String, Object> push(String id, String repo, String tag, String digest) {
        Map<String, Object> e = new HashMap<>();
        e.put("id", id);
        e.put("action", "push");
        e.put("actor", "admin");
        e.put("repository", repo);
        e.put("tag", tag);
        e.put("digest", digest);
        e.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        e.put("size", 1234);
        e.put("references", List.of());
        return e;
    }

    private static void catalog(String json) {
        RestAssured.given().body(json).post(Api.config("ui.auth-url") + "/control/catalog").then().statusCode(204);
    }

    @Test
    void systemAdminsRebuildFromTheCatalog() {
        Api.createProject("admin", "rs", false);
        Api.internal().contentType("application/json")
                .body(Map.of("events", List.of(push("rs-1", "rs/app", "v1", A), push("rs-2", "rs/app", "stale", A),
                        push("rs-3", "rs/gone", "1", B))))
                .post("/internal/v1/events").then().statusCode(200);
        catalog("{\"repositories\":[{\"name\":\"rs/app\",\"tags\":{\"v1\":\"" + A + "\",\"v2\":\"" + B + "\"}},"
                + "{\"name\":\"rs/team/new\",\"tags\":{\"latest\":\"" + C + "\"}},"
                + "{\"name\":\"rs-unknown/x\",\"tags\":{\"a\":\"" + A + "\"}}]}");

        Api.anonymous().post("/api/v2.0/system/resync").then().statusCode(401);
        Api.as("alice").post("/api/v2.0/system/resync").then().statusCode(403);
        Api.as("admin").post("/api/v2.0/system/resync").then().statusCode(200)
                .body("tags_added", equalTo(2))
                .body("tags_removed", equalTo(1));

        Api.as("admin").get("/api/v2.0/projects/rs/repositories").then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("name", hasItem("rs/app"))
                .body("name", hasItem("rs/team/new"))
                .body("name", not(hasItem("rs/gone")));
        Api.as("admin").get("/api/v2.0/projects/rs/repositories/app/artifacts/" + A).then().statusCode(200)
                .body("size", equalTo(1234))
                .body("tags.name", equalTo(List.of("v1")));
        Api.as("admin").get("/api/v2.0/projects/rs/repositories/app/artifacts/v2").then().statusCode(200)
                .body("digest", equalTo(B));
        Api.as("admin").urlEncodingEnabled(false)
                .get("/api/v2.0/projects/rs/repositories/team%252Fnew/artifacts/latest").then().statusCode(200)
                .body("digest", equalTo(C));

        Api.as("admin").post("/api/v2.0/system/resync").then().statusCode(200)
                .body("tags_added", equalTo(0))
                .body("repositories_added", equalTo(0));
    }

    @Test
    void anUnreadableCatalogChangesNothing() {
        Api.createProject("admin", "rs-keep", false);
        Api.internal().contentType("application/json")
                .body(Map.of("events", List.of(push("rsk-1", "rs-keep/app", "v1", A))))
                .post("/internal/v1/events").then().statusCode(200);
        catalog("not json");
        try {
            Api.as("admin").post("/api/v2.0/system/resync").then().statusCode(500);
        } finally {
            catalog("{\"repositories\":[]}");
        }
        Api.as("admin").get("/api/v2.0/projects/rs-keep/repositories").then().header("X-Total-Count", "1");
    }
}
