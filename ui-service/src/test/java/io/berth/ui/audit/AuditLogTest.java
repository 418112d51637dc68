package io.berth.ui.audit;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
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
class AuditLogTest {

    private static final String DIGEST = "sha256:" + "9".repeat(64);

    private static Map<String, Object> event(String id, String action, String actor, String tag, String digest) {
        Map<String, Object> e = new HashMap<>();
        e.put("id", id);
        e.put("action", action);
        e.put("timestamp", "2026-11-28T12:00:00Z");
        e.put("actor", actor);
        e.put("repository", "au-proj/app");
        e.put("tag", tag);
        e.put("digest", digest);
        e.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        e.put("size", 10);
        e.put("references", List.of());
        return e;
    }

    @Test
    void projectMemberAndRegistryActionsAreAudited() {
        Api.createProject("padmin", "au-proj", false);
        Api.addMember("au-proj", "dev", 2);
        List<Map<String, Object>> events = List.of(
                event("au-1", "push", "dev", "v1", DIGEST),
                event("au-2", "pull", "", "v1", null),
                event("au-3", "delete", "padmin", "v1", null));
        for (int i = 0; i < 2; i++) {
            Api.internal().contentType("application/json").body(Map.of("events", events))
                    .post("/internal/v1/events").then().statusCode(200);
        }
        Api.as("padmin").get("/api/v2.0/projects/au-proj/logs").then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("operation", containsInAnyOrder("create", "create", "create", "pull", "delete"))
                .body("resource_type", containsInAnyOrder("project", "member", "artifact", "artifact", "tag"));
        Api.as("padmin").queryParam("q", "operation=pull").get("/api/v2.0/projects/au-proj/logs").then()
                .header("X-Total-Count", "1")
                .body("[0].username", equalTo("anonymous"))
                .body("[0].resource", equalTo("au-proj/app:v1"));
        Api.as("padmin").queryParam("q", "username=dev").get("/api/v2.0/projects/au-proj/logs").then()
                .header("X-Total-Count", "1")
                .body("[0].operation", equalTo("create"));
        Api.as("padmin").queryParam("q", "op_time=[2026-11-28 11:59:00~2026-11-28 12:00:30],resource=~app")
                .get("/api/v2.0/projects/au-proj/logs").then()
                .header("X-Total-Count", "3");
        Api.as("dev").get("/api/v2.0/projects/au-proj/logs").then().statusCode(403);
        Api.as("padmin").queryParam("q", "op_time=yesterday").get("/api/v2.0/projects/au-proj/logs")
                .then().statusCode(400);
    }

    @Test
    void auditLogsShowOnlyAdministeredProjects() {
        Api.createProject("guest", "au-guest", false);
        Api.createProject("ltd", "au-other", false);
        Api.as("guest").queryParam("q", "resource=~au-").get("/api/v2.0/audit-logs?page_size=100").then()
                .statusCode(200)
                .body("resource", hasItem("au-guest"))
                .body("resource", not(hasItem("au-other")))
                .body("username", everyItem(equalTo("guest")));
        Api.as("admin").queryParam("q", "resource=~au-").get("/api/v2.0/audit-logs?page_size=100").then()
                .body("resource", hasItem("au-guest"))
                .body("resource", hasItem("au-other"));
        Api.anonymous().get("/api/v2.0/audit-logs").then().statusCode(401);
    }
}
