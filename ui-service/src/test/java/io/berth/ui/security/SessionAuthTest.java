package io.berth.ui.security;

import static org.hamcrest.Matchers.equalTo;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The browser session: the sid cookie, its CSRF token, revocation, forgeries. */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class SessionAuthTest {

    private static final String CREATE = "/api/v2.0/projects";

    private static String project(String name) {
        return "{\"project_name\":\"" + name + "\"}";
    }

    @Test
    void stateChangingCallsNeedTheCsrfToken() {
        String sid = Api.session("alice", "csrf-123", Instant.now().plusSeconds(600));
        Api.anonymous().cookie("sid", sid).contentType("application/json").body(project("sess-a"))
                .post(CREATE).then().statusCode(403).body("errors[0].code", equalTo("FORBIDDEN"));
        Api.anonymous().cookie("sid", sid).header("X-Harbor-CSRF-Token", "csrf-999")
                .contentType("application/json").body(project("sess-a"))
                .post(CREATE).then().statusCode(403);
        Api.anonymous().cookie("sid", sid).header("X-Harbor-CSRF-Token", "csrf-123")
                .contentType("application/json").body(project("sess-a"))
                .post(CREATE).then().statusCode(201);
        Api.anonymous().cookie("sid", sid).get("/api/v2.0/projects/sess-a").then().statusCode(200)
                .header("X-Harbor-CSRF-Token", "csrf-123")
                .body("owner_name", equalTo("alice"))
                .body("current_user_role_id", equalTo(1));
    }

    @Test
    void basicCallersSkipCsrf() {
        Api.as("alice").contentType("application/json").body(project("sess-basic"))
                .post(CREATE).then().statusCode(201);
    }

    @Test
    void aRevokedSessionIsAnonymous() {
        Api.createProject("alice", "sess-private", false);
        String jti = UUID.randomUUID().toString();
        String sid = Api.session("alice", "c", Instant.now().plusSeconds(600), jti, Api.signingKey());
        Api.anonymous().cookie("sid", sid).get("/api/v2.0/projects/sess-private").then().statusCode(200);
        io.restassured.RestAssured.given().post(Api.config("ui.auth-url") + "/control/revoke/" + jti)
                .then().statusCode(204);
        String other = UUID.randomUUID().toString();
        String fresh = Api.session("alice", "c", Instant.now().plusSeconds(600), other, Api.signingKey());
        io.restassured.RestAssured.given().post(Api.config("ui.auth-url") + "/control/revoke/" + other)
                .then().statusCode(204);
        Api.anonymous().cookie("sid", fresh).get("/api/v2.0/projects/sess-private").then().statusCode(401);
        Api.anonymous().cookie("sid", fresh).header("X-Harbor-CSRF-Token", "c")
                .contentType("application/json").body(project("sess-revoked"))
                .post(CREATE).then().statusCode(401);
    }

    @Test
    void expiredOrForgedSessionsAreAnonymous() throws Exception {
        Api.createProject("alice", "sess-forged", false);
        String expired = Api.session("alice", "c", Instant.now().minusSeconds(3600));
        Api.anonymous().cookie("sid", expired).get("/api/v2.0/projects/sess-forged").then().statusCode(401);
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        String forged = Api.session("alice", "c", Instant.now().plusSeconds(600), "j",
                gen.generateKeyPair().getPrivate());
        Api.anonymous().cookie("sid", forged).get("/api/v2.0/projects/sess-forged").then().statusCode(401);
        Api.anonymous().cookie("sid", "not-a-jwt").get("/api/v2.0/projects/sess-forged").then().statusCode(401);
    }
}
