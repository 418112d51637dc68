package io.berth.ui.project;

import static org.hamcrest.Matchers.equalTo;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code project_creation_restriction = adminonly}: only system admins create projects. */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
@TestProfile(AdminOnlyCreationTest.AdminOnly.class)
class AdminOnlyCreationTest {

    public static class AdminOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ui.project-creation-restriction", "adminonly");
        }
    }

    @Test
    void onlySystemAdminsCreate() {
        Api.as("alice").contentType("application/json").body("{\"project_name\":\"adminonly-a\"}")
                .post("/api/v2.0/projects").then().statusCode(403)
                .body("errors[0].code", equalTo("FORBIDDEN"));
        Api.createProject("admin", "adminonly-b", false);
        Api.anonymous().get("/api/v2.0/systeminfo").then()
                .body("project_creation_restriction", equalTo("adminonly"));
    }

    /** With admin the only user ui-service knows, auth_mode may change; a second member fixes it. */
    @Test
    void authModeChangesUntilAnotherUserAppears() {
        String path = "/api/v2.0/configurations";
        Api.createProject("admin", "authmode-p", false);
        Api.as("admin").get(path).then().body("auth_mode.editable", equalTo(true));
        Api.as("admin").contentType("application/json").body("{\"auth_mode\":\"ldap_auth\"}").put(path)
                .then().statusCode(200);
        Api.anonymous().get("/api/v2.0/systeminfo").then().body("auth_mode", equalTo("ldap_auth"));
        Api.as("admin").contentType("application/json").body("{\"auth_mode\":\"db_auth\"}").put(path)
                .then().statusCode(200);
        Api.addMember("authmode-p", "dev", 2);
        Api.as("admin").get(path).then().body("auth_mode.editable", equalTo(false));
        Api.as("admin").contentType("application/json").body("{\"auth_mode\":\"ldap_auth\"}").put(path)
                .then().statusCode(400);
        Api.anonymous().get("/api/v2.0/systeminfo").then().body("auth_mode", equalTo("db_auth"));
    }
}
