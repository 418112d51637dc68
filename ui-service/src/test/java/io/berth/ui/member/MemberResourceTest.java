package io.berth.ui.member;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class MemberResourceTest {

    private static String body(int role, String userJson) {
        return "{\"role_id\":" + role + ",\"member_user\":" + userJson + "}";
    }

    @Test
    void addByNameOrIdChangeAndRemove() {
        Api.createProject("padmin", "team-a", false);
        String location = Api.as("padmin").contentType("application/json")
                .body(body(2, "{\"username\":\"dev\"}"))
                .post("/api/v2.0/projects/team-a/members").then().statusCode(201)
                .extract().header("Location");
        Api.as("padmin").contentType("application/json").body(body(3, "{\"user_id\":5}"))
                .post("/api/v2.0/projects/team-a/members").then().statusCode(201);
        String mid = location.substring(location.lastIndexOf('/') + 1);
        Api.as("padmin").get("/api/v2.0/projects/team-a/members/" + mid).then().statusCode(200)
                .body("entity_name", equalTo("dev"))
                .body("entity_type", equalTo("u"))
                .body("role_id", equalTo(2))
                .body("role_name", equalTo("developer"));
        Api.as("padmin").get("/api/v2.0/projects/team-a/members").then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("entity_name", containsInAnyOrder("padmin", "dev", "guest"));

        Api.as("padmin").contentType("application/json").body("{\"role_id\":4}")
                .put("/api/v2.0/projects/team-a/members/" + mid).then().statusCode(200);
        Api.as("padmin").get("/api/v2.0/projects/team-a/members/" + mid).then()
                .body("role_id", equalTo(4)).body("role_name", equalTo("maintainer"));

        Api.as("padmin").delete("/api/v2.0/projects/team-a/members/" + mid).then().statusCode(200);
        Api.as("padmin").get("/api/v2.0/projects/team-a/members/" + mid).then().statusCode(404);
        Api.as("dev").get("/api/v2.0/projects/team-a").then().statusCode(403);
    }

    @Test
    void invalidAdditionsAreRefused() {
        Api.createProject("padmin", "team-b", false);
        Api.as("padmin").contentType("application/json").body(body(6, "{\"username\":\"dev\"}"))
                .post("/api/v2.0/projects/team-b/members").then().statusCode(400)
                .body("errors[0].code", equalTo("BAD_REQUEST"));
        Api.as("padmin").contentType("application/json").body(body(0, "{\"username\":\"dev\"}"))
                .post("/api/v2.0/projects/team-b/members").then().statusCode(400);
        Api.as("padmin").contentType("application/json").body(body(2, "{\"username\":\"ghost\"}"))
                .post("/api/v2.0/projects/team-b/members").then().statusCode(404)
                .body("errors[0].code", equalTo("NOT_FOUND"));
        Api.as("padmin").contentType("application/json").body(body(2, "{\"username\":\"padmin\"}"))
                .post("/api/v2.0/projects/team-b/members").then().statusCode(409)
                .body("errors[0].code", equalTo("CONFLICT"));
        Api.as("padmin").contentType("application/json").body(body(2, "{\"username\":\"dev\"}"))
                .post("/api/v2.0/projects/no-such/members").then().statusCode(404);
    }

    @Test
    void onlyProjectAdminsAndSysadminsManage() {
        Api.createProject("padmin", "team-c", false);
        Api.addMember("team-c", "maint", 4);
        Api.addMember("team-c", "guest", 3);
        Api.addMember("team-c", "ltd", 5);
        for (String user : new String[] {"maint", "guest", "outsider"}) {
            Api.as(user).contentType("application/json").body(body(2, "{\"username\":\"bob\"}"))
                    .post("/api/v2.0/projects/team-c/members").then().statusCode(403);
        }
        Api.as("admin").contentType("application/json").body(body(2, "{\"username\":\"bob\"}"))
                .post("/api/v2.0/projects/team-c/members").then().statusCode(201);
        Api.anonymous().get("/api/v2.0/projects/team-c/members").then().statusCode(401);
    }

    @Test
    void guestsReadMembersLimitedGuestsDoNot() {
        Api.createProject("padmin", "team-d", true);
        Api.addMember("team-d", "guest", 3);
        Api.addMember("team-d", "ltd", 5);
        Api.addMember("team-d", "alice", 2);
        Api.as("guest").get("/api/v2.0/projects/team-d/members").then().statusCode(200)
                .header("X-Total-Count", "4");
        Api.as("ltd").get("/api/v2.0/projects/team-d/members").then().statusCode(403);
        Api.as("outsider").get("/api/v2.0/projects/team-d/members").then().statusCode(403);
        Api.as("guest").get("/api/v2.0/projects/team-d/members?entityname=ALI").then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("$", hasSize(1))
                .body("[0].entity_name", equalTo("alice"));
    }
}
