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

    /** A session used a moment ago is anonymous on the very next request once auth-service revoked it. */
    @Test
    void aRevokedSessionIsAnonymousAtOnce() {
        Api.createProject("alice", "sess-private", false);
        String jti = UUID.randomUUID().toString();
        String sid = Api.session("alice", "c", Instant.now().plusSeconds(600), jti, Api.signingKey());
        Api.anonymous().cookie("sid", sid).get("/api/v2.0/projects/sess-private").then().statusCode(200);
        Api.anonymous().cookie("sid", sid).get("/projects/sess-private/repositories").then().statusCode(200);
        control("revoke/" + jti);
        Api.anonymous().cookie("sid", sid).get("/api/v2.0/projects/sess-private").then().statusCode(401);
        Api.anonymous().cookie("sid", sid).header("X-Harbor-CSRF-Token", "c")
                .contentType("application/json").body(project("sess-revoked"))
                .post(CREATE).then().statusCode(401);
        Api.anonymous().cookie("sid", sid).redirects().follow(false).get("/projects/sess-private/repositories")
                .then().statusCode(303);
    }

    /**
     * A system admin demoted at auth-service loses the rights on the next request, though the
     * session's token still says admin: on the API (configuration, project deletion), in the
     * console, and with Basic credentials.
     */
    @Test
    void aDemotedAdminLosesAdminRightsAtOnce() {
        long project = Api.createProject("admin", "sess-demoted", false);
        String sid = Api.session("chief", "c", Instant.now().plusSeconds(600));
        String config = "/api/v2.0/configurations";
        int expiration = Api.as("admin").get(config).then().extract().path("token_expiration.value");
        String body = "{\"token_expiration\":" + expiration + "}";
        try {
            Api.anonymous().cookie("sid", sid).get(config).then().statusCode(200);
            Api.anonymous().cookie("sid", sid).header("X-Harbor-CSRF-Token", "c").contentType("application/json")
                    .body(body).put(config).then().statusCode(200);
            Api.anonymous().cookie("sid", sid).get("/admin/configuration").then().statusCode(200);
            Api.as("chief").get(config).then().statusCode(200);
            control("sysadmin/chief/off");
            Api.anonymous().cookie("sid", sid).header("X-Harbor-CSRF-Token", "c").contentType("application/json")
                    .body(body).put(config).then().statusCode(403);
            Api.anonymous().cookie("sid", sid).header("X-Harbor-CSRF-Token", "c")
                    .delete("/api/v2.0/projects/" + project).then().statusCode(403);
            Api.anonymous().cookie("sid", sid).get("/admin/configuration").then().statusCode(403);
            Api.as("chief").get(config).then().statusCode(403);
            Api.as("admin").get("/api/v2.0/projects/sess-demoted").then().statusCode(200);
        } finally {
            control("sysadmin/chief/on");
        }
    }

    private static void control(String what) {
        io.restassured.RestAssured.given().post(Api.config("ui.auth-url") + "/control/" + what)
                .then().statusCode(204);
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
