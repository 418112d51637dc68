package io.berth.ui.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.berth.ui.support.Api;
import io.berth.ui.support.Await;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/v2.0/system/gc}: a system admin starts a collection in registry-core and reads its history. */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class GcTest {

    private static final String SCHEDULE = "/api/v2.0/system/gc/schedule";

    private static String start(String parameters) {
        String location = Api.as("admin").contentType("application/json")
                .body("{\"schedule\":{\"type\":\"Manual\"},\"parameters\":" + parameters + "}")
                .post(SCHEDULE).then().statusCode(201).extract().header("Location");
        return location.substring(location.indexOf("/api/"));
    }

    /** Waits until the run has left Running; returns its final status. */
    private static String finished(String path) {
        return Await.value("garbage collection " + path + " finished", () -> {
            String status = Api.as("admin").get(path).then().statusCode(200).extract().path("job_status");
            return "Running".equals(status) ? null : status;
        });
    }

    private static String status(String path) {
        return Api.as("admin").get(path).then().statusCode(200).extract().path("job_status");
    }

    private static void registryGc(String mode) {
        RestAssured.given().post(Api.config("ui.auth-url") + "/control/gc/" + mode).then().statusCode(204);
    }

    private static List<String> registryCalls() {
        return RestAssured.given().get(Api.config("ui.auth-url") + "/control/registry-calls")
                .then().extract().jsonPath().getList("$", String.class);
    }

    @Test
    void onlySystemAdminsAndOnlyManualSchedules() {
        String body = "{\"schedule\":{\"type\":\"Manual\"}}";
        Api.anonymous().contentType("application/json").body(body).post(SCHEDULE).then().statusCode(401);
        Api.as("alice").contentType("application/json").body(body).post(SCHEDULE).then().statusCode(403);
        Api.as("alice").get("/api/v2.0/system/gc").then().statusCode(403);
        Api.as("admin").contentType("application/json").body("{\"schedule\":{\"type\":\"Hourly\"}}")
                .post(SCHEDULE).then().statusCode(400);
        Api.as("admin").contentType("application/json").body("{}").post(SCHEDULE).then().statusCode(400);
        Api.as("admin").get("/api/v2.0/system/gc/999999").then().statusCode(404);
        Api.as("admin").get("/api/v2.0/system/gc/abc").then().statusCode(404);
    }

    @Test
    void aRunIsRecordedWithItsReport() {
        String run = start("{\"delete_untagged\":true,\"dry_run\":true}");
        assertThat(finished(run), equalTo("Success"));
        Api.as("admin").get(run).then()
                .body("job_name", equalTo("GARBAGE_COLLECTION"))
                .body("schedule.type", equalTo("Manual"))
                .body("job_parameters", containsString("\"dry_run\":true"));
        Api.as("admin").get(run + "/log").then().statusCode(200).body(containsString("\"bytesFreed\":42"));
        assertThat(registryCalls(), hasItem("POST /internal/v1/gc?dryrun=true&untagged=true"));

        String second = start("{\"delete_untagged\":false,\"dry_run\":false}");
        assertThat(finished(second), equalTo("Success"));
        assertThat(registryCalls(), hasItem("POST /internal/v1/gc?dryrun=false&untagged=false"));
        Api.as("admin").get(second).then().body("job_parameters", containsString("\"dry_run\":false"));
        long id = Long.parseLong(second.substring(second.lastIndexOf('/') + 1));
        Api.as("admin").queryParam("page_size", 1).get("/api/v2.0/system/gc").then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("[0].id", equalTo((int) id));
    }

    @Test
    void aRefusalFromTheRegistryIsAnError() {
        registryGc("conflict");
        try {
            String run = start("{\"delete_untagged\":false,\"dry_run\":false}");
            assertThat(finished(run), equalTo("Error"));
            Api.as("admin").get(run + "/log").then().body(containsString("409"));
        } finally {
            registryGc("ok");
        }
    }

    /** The registry holds the first run until released: a second request meanwhile is a 409, whatever the timing. */
    @Test
    void oneRunAtATime() {
        registryGc("hold");
        try {
            String run = start("{\"delete_untagged\":false,\"dry_run\":true}");
            Api.as("admin").contentType("application/json").body("{\"schedule\":{\"type\":\"Manual\"}}")
                    .post(SCHEDULE).then().statusCode(409).body("errors[0].code", equalTo("CONFLICT"));
            assertThat(status(run), equalTo("Running"));
            registryGc("ok");
            assertThat(finished(run), equalTo("Success"));
        } finally {
            registryGc("ok");
        }
    }
}
