package io.berth.ui.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.berth.ui.support.Api;
import io.berth.ui.support.Await;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A peer that is down (registry-core, auth-service, the database) is a temporary outage: 503
 * with Retry-After and Harbor's error body, nothing half-written, and service again once it is back.
 */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class OutageTest {

    private static final String REPO = "/api/v2.0/projects/outage/repositories/app";

    private static void outage(String peer, boolean on) {
        outage(peer, on ? "on" : "off");
    }

    /** on: the peer refuses (a relay in front of it drops every connection); stall: it stops answering; off. */
    private static void outage(String peer, String mode) {
        RestAssured.given().post(Api.config("ui.auth-url") + "/control/outage/" + peer + "/" + mode)
                .then().statusCode(204);
    }

    private static void unavailable(Response r, String what) {
        assertThat(what + ": " + r.asString(), r.statusCode(), equalTo(503));
        assertThat(what, r.header("Retry-After"), notNullValue());
        assertThat(what, r.jsonPath().getString("errors[0].code"), equalTo("SERVICE_UNAVAILABLE"));
    }

    private static void push(String id, String tag) {
        pushing(id, tag).then().statusCode(200);
    }

    private static Response pushing(String id, String tag) {
        Map<String, Object> e = Map.of("id", id, "action", "push", "repository", "outage/app", "tag", tag,
                "digest", "sha256:" + "0".repeat(62) + tag.charAt(0) + "0", "mediaType",
                "application/vnd.oci.image.manifest.v1+json", "size", 5);
        return Api.internal().contentType("application/json").body(Map.of("events", List.of(e)))
                .post("/internal/v1/events");
    }

    @Test
    void registryDown() {
        Api.createProject("admin", "outage", false);
        push("outage-1", "1");
        push("outage-2", "2");
        outage("registry", true);
        try {
            unavailable(Api.as("admin").delete(REPO + "/artifacts/1/tags/1"), "delete tag");
            unavailable(Api.as("admin").delete(REPO + "/artifacts/1"), "delete artifact");
            unavailable(Api.as("admin").delete(REPO), "delete repository");
            unavailable(Api.as("admin").contentType("application/json").body("{\"name\":\"x\"}")
                    .post(REPO + "/artifacts/1/tags"), "add tag");
            unavailable(Api.as("admin").post("/api/v2.0/system/resync"), "resync");
        } finally {
            outage("registry", false);
        }
        Api.as("admin").get(REPO + "/artifacts/1/tags").then().statusCode(200).body("name", hasItem("1"));
        Api.as("admin").get(REPO + "/artifacts/2").then().statusCode(200);
        Api.as("admin").delete(REPO + "/artifacts/2").then().statusCode(200);
    }

    @Test
    void authServiceDown() {
        outage("auth", true);
        try {
            // a password never used before: no cached answer stands in for auth-service
            unavailable(Api.anonymous().auth().preemptive().basic("bob", UUID.randomUUID().toString())
                    .get("/api/v2.0/projects"), "basic login");
        } finally {
            outage("auth", false);
        }
        Api.as("bob").get("/api/v2.0/projects").then().statusCode(200);
    }

    @Test
    void databaseDown() {
        outage("database", true);
        try {
            unavailable(Api.anonymous().get("/api/v2.0/projects"), "project list");
            unavailable(pushing("outage-db", "db"), "events");
            unavailable(Api.anonymous().get("/api/v2.0/systeminfo"), "system info");
            RestAssured.given().get("/api/v2.0/health").then().statusCode(200)
                    .body("components.find { it.name == 'database' }.status", equalTo("unhealthy"));
        } finally {
            outage("database", false);
        }
        Await.value("the database serves again", () ->
                Api.anonymous().get("/api/v2.0/projects").statusCode() == 200 ? true : null);
        // the refused event left nothing behind: delivered again, it is applied now
        pushing("outage-db", "db").then().statusCode(200).body("applied", equalTo(1));
    }

    /**
     * The database restarting under a warm pool (every pooled connection dropped by the server):
     * the first request on each route after it is back is served or told to retry (503), never a
     * 500, and service resumes.
     */
    @Test
    void databaseRestarted() {
        Api.anonymous().get("/api/v2.0/projects").then().statusCode(200);
        outage("database", true);
        outage("database", false);
        notBroken(Api.anonymous().get("/api/v2.0/projects"), "project list");
        notBroken(pushing("outage-restart", "r"), "events");
        notBroken(Api.anonymous().get("/api/v2.0/systeminfo"), "system info");
        Await.value("the database serves again", () ->
                Api.anonymous().get("/api/v2.0/projects").statusCode() == 200 ? true : null);
    }

    /**
     * A database that stops answering: the pool gives up waiting for a connection (Hibernate's
     * "Unable to acquire JDBC Connection", with no SQLSTATE beneath) and that is a 503 too.
     */
    @Test
    void databaseStalled() {
        Api.anonymous().get("/api/v2.0/projects").then().statusCode(200);
        outage("database", "stall");
        try {
            // the first may fail on a pooled connection the stall dropped; the next wait for a new one
            for (int i = 0; i < 3; i++) {
                unavailable(Api.anonymous().get("/api/v2.0/projects"), "project list " + i);
            }
        } finally {
            outage("database", false);
        }
        Await.value("the database serves again", () ->
                Api.anonymous().get("/api/v2.0/projects").statusCode() == 200 ? true : null);
    }

    private static void notBroken(Response r, String what) {
        assertThat(what + ": " + r.asString(), r.statusCode(), not(equalTo(500)));
        if (r.statusCode() != 200) {
            unavailable(r, what);
        }
    }
}
