package io.berth.ui.event;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registry events feed the repository/artifact/tag tables, exactly once; browse shows them. */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class EventIntakeTest {

    private static final String IMAGE = "application/vnd.docker.distribution.manifest.v2+json";
    private static final String INDEX = "application/vnd.oci.image.index.v1+json";

    private static String digest(char c) {
        return "sha256:" + String.valueOf(c).repeat(64);
    }

    private static Map<String, Object> event(String id, String action, String repo, String tag, String digest,
            String mediaType, long size, List<String> refs) {
        Map<String, Object> e = new HashMap<>();
        e.put("id", id);
        e.put("action", action);
        e.put("timestamp", "2026-11-28T12:00:00Z");
        e.put("actor", "dev");
        e.put("repository", repo);
        e.put("tag", tag);
        e.put("digest", digest);
        e.put("mediaType", mediaType);
        e.put("size", size);
        e.put("references", refs);
        return e;
    }

    private static void send(int applied, Map<String, Object>... events) {
        Api.internal().contentType("application/json").body(Map.of("events", List.of(events)))
                .post("/internal/v1/events").then().statusCode(200)
                .body("applied", equalTo(applied));
    }

    @Test
    void anIndexShowsItsChildrenWithIdsAndPlatforms() {
        Api.createProject("padmin", "ev-multi", false);
        send(2, event("evm-1", "push", "ev-multi/app", null, digest('e'), IMAGE, 10, List.of()),
                event("evm-2", "push", "ev-multi/app", null, digest('f'), IMAGE, 10, List.of()));
        Map<String, Object> index = event("evm-3", "push", "ev-multi/app", "latest", digest('9'), INDEX, 500,
                List.of(digest('e'), digest('f'), digest('8')));
        index.put("platforms", Map.of(
                digest('e'), Map.of("os", "linux", "architecture", "amd64"),
                digest('f'), Map.of("os", "linux", "architecture", "arm64", "variant", "v8")));
        send(1, index);

        int amd = Api.as("padmin").get("/api/v2.0/projects/ev-multi/repositories/app/artifacts/" + digest('e'))
                .then().statusCode(200).extract().path("id");
        int arm = Api.as("padmin").get("/api/v2.0/projects/ev-multi/repositories/app/artifacts/" + digest('f'))
                .then().statusCode(200).extract().path("id");
        int parent = Api.as("padmin").get("/api/v2.0/projects/ev-multi/repositories/app/artifacts/latest")
                .then().statusCode(200).extract().path("id");
        String path = "/api/v2.0/projects/ev-multi/repositories/app/artifacts/latest";
        Api.as("padmin").get(path).then()
                .body("references.child_digest", equalTo(List.of(digest('8'), digest('e'), digest('f'))))
                .body("references.parent_id", equalTo(List.of(parent, parent, parent)))
                .body("references[0].child_id", org.hamcrest.Matchers.nullValue())
                .body("references[0].platform", org.hamcrest.Matchers.nullValue())
                .body("references[1].child_id", equalTo(amd))
                .body("references[1].platform.os", equalTo("linux"))
                .body("references[1].platform.architecture", equalTo("amd64"))
                .body("references[2].child_id", equalTo(arm))
                .body("references[2].platform.architecture", equalTo("arm64"))
                .body("references[2].platform.variant", equalTo("v8"));
    }

    @Test
    void pushesTagsPullsAndDeletes() {
        Api.createProject("padmin", "ev-proj", false);
        Api.addMember("ev-proj", "dev", 2);
        Map<String, Object> p1 = event("ev-1", "push", "ev-proj/app", "v1", digest('a'), IMAGE, 1234, List.of());
        Map<String, Object> p2 = event("ev-2", "push", "ev-proj/app", "v2", digest('a'), IMAGE, 1234, List.of());
        Map<String, Object> p3 = event("ev-3", "push", "ev-proj/nested/app", "multi", digest('b'), INDEX, 99,
                List.of(digest('c'), digest('d')));
        send(3, p1, p2, p3);
        send(0, p1, p2, p3);
        Map<String, Object> pull1 = event("ev-4", "pull", "ev-proj/app", "v1", null, null, 0, List.of());
        Map<String, Object> pull2 = event("ev-5", "pull", "ev-proj/app", null, digest('a'), IMAGE, 0, List.of());
        send(2, pull1, pull2);
        send(0, pull1);

        Api.as("dev").get("/api/v2.0/projects/ev-proj/repositories").then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("name", containsInAnyOrder("ev-proj/app", "ev-proj/nested/app"));
        Api.as("dev").get("/api/v2.0/projects/ev-proj/repositories/app").then().statusCode(200)
                .body("artifact_count", equalTo(1))
                .body("pull_count", equalTo(2));
        Api.as("dev").get("/api/v2.0/projects/ev-proj/repositories/app/artifacts").then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("[0].digest", equalTo(digest('a')))
                .body("[0].size", equalTo(1234))
                .body("[0].media_type", equalTo(IMAGE))
                .body("[0].pull_count", equalTo(2))
                .body("[0].tags.name", containsInAnyOrder("v1", "v2"));
        Api.as("dev").urlEncodingEnabled(false)
                .get("/api/v2.0/projects/ev-proj/repositories/nested%252Fapp/artifacts/multi").then().statusCode(200)
                .body("media_type", equalTo(INDEX))
                .body("references.child_digest", containsInAnyOrder(digest('c'), digest('d')));
        Api.as("dev").get("/api/v2.0/projects/ev-proj/repositories/app/artifacts/" + digest('a') + "/tags")
                .then().statusCode(200).body("$", hasSize(2));

        send(1, event("ev-6", "delete", "ev-proj/app", "v2", null, null, 0, List.of()));
        Api.as("dev").get("/api/v2.0/projects/ev-proj/repositories/app/artifacts/v1").then().statusCode(200)
                .body("tags.name", equalTo(List.of("v1")));
        Api.as("dev").get("/api/v2.0/projects/ev-proj/repositories/app/artifacts/v2").then().statusCode(404);
        send(1, event("ev-7", "delete", "ev-proj/app", null, digest('a'), null, 0, List.of()));
        Api.as("dev").get("/api/v2.0/projects/ev-proj/repositories/app").then().statusCode(404)
                .body("errors[0].code", equalTo("NOT_FOUND"));
    }

    @Test
    void browsingFollowsTheRoleTable() {
        Api.createProject("padmin", "ev-hidden", false);
        Api.createProject("padmin", "ev-shown", true);
        send(2, event("ev-h1", "push", "ev-hidden/x", "1", digest('e'), IMAGE, 1, List.of()),
                event("ev-s1", "push", "ev-shown/y", "1", digest('f'), IMAGE, 1, List.of()));
        Api.as("outsider").get("/api/v2.0/projects/ev-hidden/repositories").then().statusCode(403);
        Api.anonymous().get("/api/v2.0/projects/ev-hidden/repositories").then().statusCode(401);
        Api.anonymous().get("/api/v2.0/projects/ev-shown/repositories").then().statusCode(200)
                .body("name", equalTo(List.of("ev-shown/y")));
        Api.as("outsider").get("/api/v2.0/repositories?page_size=100").then().statusCode(200)
                .body("name", hasItem("ev-shown/y"))
                .body("name", not(hasItem("ev-hidden/x")));
        Api.as("admin").queryParam("q", "name=~ev-hidden").get("/api/v2.0/repositories").then().statusCode(200)
                .body("name", equalTo(List.of("ev-hidden/x")));
        Api.as("padmin").delete("/api/v2.0/projects/ev-hidden").then().statusCode(412);
    }

    @Test
    void manyRepositoriesPage() {
        Api.createProject("padmin", "ev-many", true);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            events.add(event("ev-many-" + i, "push", "ev-many/r" + (100 + i), "t", digest('a'), IMAGE, 1, List.of()));
        }
        send(25, events.toArray(Map[]::new));
        Api.anonymous().get("/api/v2.0/projects/ev-many/repositories?page=3&page_size=10").then().statusCode(200)
                .header("X-Total-Count", "25")
                .body("$", hasSize(5))
                .body("[0].name", equalTo("ev-many/r120"));
    }

    @Test
    void eventsNeedTheSecretAndAnId() {
        Api.anonymous().contentType("application/json").body(Map.of("events", List.of()))
                .post("/internal/v1/events").then().statusCode(401);
        Api.internal().contentType("application/json")
                .body(Map.of("events", List.of(Map.of("action", "push", "repository", "library/x"))))
                .post("/internal/v1/events").then().statusCode(400);
    }
}
