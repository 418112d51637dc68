package io.berth.ui.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class SearchStatisticsTest {

    private static void push(String id, String repo) {
        Map<String, Object> e = new HashMap<>();
        e.put("id", id);
        e.put("action", "push");
        e.put("repository", repo);
        e.put("tag", "1");
        e.put("digest", "sha256:" + "1".repeat(64));
        e.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        e.put("size", 1);
        e.put("references", List.of());
        Api.internal().contentType("application/json").body(Map.of("events", List.of(e)))
                .post("/internal/v1/events").then().statusCode(200);
    }

    @Test
    void searchFindsOnlyWhatTheCallerMaySee() {
        Api.createProject("bob", "zebra-open", true);
        Api.createProject("bob", "zebra-closed", false);
        push("se-1", "zebra-open/stripes");
        push("se-2", "zebra-closed/stripes");
        Api.as("outsider").queryParam("q", "zebra").get("/api/v2.0/search").then().statusCode(200)
                .body("project.name", hasItem("zebra-open"))
                .body("project.name", not(hasItem("zebra-closed")))
                .body("repository.repository_name", hasItem("zebra-open/stripes"))
                .body("repository.repository_name", not(hasItem("zebra-closed/stripes")));
        Api.as("bob").queryParam("q", "stripes").get("/api/v2.0/search").then().statusCode(200)
                .body("repository.repository_name", hasItem("zebra-closed/stripes"))
                .body("repository.find { it.repository_name == 'zebra-open/stripes' }.project_public", equalTo(true));
        Api.as("bob").get("/api/v2.0/search").then().statusCode(400);
    }

    @Test
    void statisticsCountWhatTheCallerSees() {
        Api.createProject("sysop", "stat-private", false);
        push("st-1", "stat-private/x");
        Api.as("outsider").get("/api/v2.0/statistics").then().statusCode(200)
                .body("private_project_count", equalTo(0))
                .body("total_project_count", nullValue());
        int before = Api.as("admin").get("/api/v2.0/statistics").then().statusCode(200)
                .extract().path("private_repo_count");
        org.junit.jupiter.api.Assertions.assertTrue(before >= 1);
        Api.anonymous().get("/api/v2.0/statistics").then().statusCode(401);
    }
}
