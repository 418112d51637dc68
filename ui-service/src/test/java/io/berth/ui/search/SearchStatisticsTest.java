package io.berth.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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

    private static Map<String, Integer> statistics(String user) {
        return Api.as(user).get("/api/v2.0/statistics").then().statusCode(200).extract().jsonPath()
                .getMap("$", String.class, Integer.class);
    }

    private static void assertCounts(Map<String, Integer> before, Map<String, Integer> after, int privateProjects,
            int privateRepos, int publicProjects, int publicRepos) {
        assertEquals(before.get("private_project_count") + privateProjects, after.get("private_project_count"));
        assertEquals(before.get("private_repo_count") + privateRepos, after.get("private_repo_count"));
        assertEquals(before.get("public_project_count") + publicProjects, after.get("public_project_count"));
        assertEquals(before.get("public_repo_count") + publicRepos, after.get("public_repo_count"));
    }

    /** Exact changes: one private project with two repositories, one public with one; a member sees the private one. */
    @Test
    void statisticsCountWhatTheCallerSees() {
        Map<String, Integer> admin = statistics("admin");
        Map<String, Integer> outsider = statistics("outsider");
        Map<String, Integer> guest = statistics("guest");
        Api.createProject("sysop", "stat-private", false);
        Api.createProject("sysop", "stat-public", true);
        push("st-1", "stat-private/x");
        push("st-2", "stat-private/y");
        push("st-3", "stat-public/z");
        Api.addMember("stat-private", "guest", 3);

        Map<String, Integer> adminAfter = statistics("admin");
        assertCounts(admin, adminAfter, 1, 2, 1, 1);
        assertEquals(adminAfter.get("private_project_count") + adminAfter.get("public_project_count"),
                adminAfter.get("total_project_count"));
        assertEquals(adminAfter.get("private_repo_count") + adminAfter.get("public_repo_count"),
                adminAfter.get("total_repo_count"));
        Map<String, Integer> outsiderAfter = statistics("outsider");
        assertCounts(outsider, outsiderAfter, 0, 0, 1, 1);
        assertNull(outsiderAfter.get("total_project_count"));
        assertCounts(guest, statistics("guest"), 1, 2, 1, 1);
        Api.anonymous().get("/api/v2.0/statistics").then().statusCode(401);
    }
}
