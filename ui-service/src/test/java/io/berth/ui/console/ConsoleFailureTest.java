package io.berth.ui.console;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.berth.ui.support.Api;
import io.berth.ui.support.Await;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whatever fails under a console page (the database or registry-core down, a form value of the
 * wrong type) answers a page in the visitor's language with the right status, never the REST
 * API's JSON; the API keeps its JSON for the same failures.
 */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class ConsoleFailureTest {

    private static final String TOKEN = "failure-token";

    private static RequestSpecification as(String user) {
        return Api.anonymous().redirects().follow(false)
                .cookie("sid", Api.session(user, TOKEN, Instant.now().plusSeconds(600)));
    }

    private static RequestSpecification post(String user) {
        return as(user).formParam("_csrf", TOKEN);
    }

    private static void outage(String peer, String mode) {
        RestAssured.given().post(Api.config("ui.auth-url") + "/control/outage/" + peer + "/" + mode)
                .then().statusCode(204);
    }

    private static void page(Response r, int status, String text, String what) {
        assertThat(what + ": " + r.asString(), r.statusCode(), equalTo(status));
        assertThat(what, r.contentType(), startsWith("text/html"));
        assertThat(what, r.asString(), containsString(text));
        assertThat(what, r.asString(), not(containsString("\"errors\"")));
    }

    private static void retryPage(Response r, String what) {
        page(r, 503, "not available right now", what);
        assertThat(what, r.header("Retry-After"), notNullValue());
    }

    @Test
    void aDatabaseOutageIsAPageThatAsksToComeBack() {
        Api.createProject("alice", "failure-db", false);
        as("alice").get("/projects").then().statusCode(200);
        outage("database", "on");
        try {
            retryPage(as("alice").get("/projects"), "project list");
            retryPage(as("alice").get("/projects/failure-db/members"), "member list");
            retryPage(post("alice").formParam("name", "failure-new").post("/projects"), "create project");
            // the API's answer to the same failure stays Harbor's JSON
            Response api = Api.as("alice").get("/api/v2.0/projects");
            assertThat(api.statusCode(), equalTo(503));
            assertThat(api.jsonPath().getString("errors[0].code"), equalTo("SERVICE_UNAVAILABLE"));
        } finally {
            outage("database", "off");
            Await.value("the database serves again", () -> as("alice").get("/projects").statusCode() == 200 ? true : null);
        }
        as("alice").get("/projects?view=all").then().body(not(containsString("failure-new")));
    }

    @Test
    void aRegistryOutageUnderAFormIsAPageAndChangesNothing() {
        Api.createProject("alice", "failure-reg", false);
        Map<String, Object> push = Map.of("id", "failure-reg-1", "action", "push", "repository", "failure-reg/app",
                "tag", "v1", "digest", "sha256:" + "f".repeat(64), "mediaType",
                "application/vnd.oci.image.manifest.v1+json", "size", 5);
        Api.internal().contentType("application/json").body(Map.of("events", List.of(push)))
                .post("/internal/v1/events").then().statusCode(200);
        outage("registry", "on");
        try {
            retryPage(post("alice").formParam("repo", "app").formParam("tag", "v1")
                    .post("/projects/failure-reg/content/delete-tag"), "delete tag");
        } finally {
            outage("registry", "off");
        }
        Api.as("alice").get("/api/v2.0/projects/failure-reg/repositories/app/artifacts/v1/tags")
                .then().statusCode(200).body("name", hasItem("v1"));
    }

    @Test
    void aFormValueOfTheWrongTypeIsARefusalPage() {
        Api.createProject("alice", "failure-form", false);
        page(post("alice").formParam("username", "bob").formParam("role_id", "developer")
                .post("/projects/failure-form/members"), 400, "The request was refused.", "role as text");
        // a service's refusal keeps its own status and says why
        page(post("alice").formParam("username", "alice").formParam("role_id", "2")
                .post("/projects/failure-form/members"), 409, "already", "existing member");
    }
}
