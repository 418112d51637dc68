package io.berth.ui.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.common.internal.InternalApi;
import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Mirror mode: a token request's access question for a pull into a missing project creates it
 * (proxy_create_projects) and is answered without waiting for registry-core, which hears of the
 * new cache project from the sync's own thread; nothing is asked of auth-service on the way.
 */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
@TestProfile(MirrorAccessTest.MirrorMode.class)
class MirrorAccessTest {

    /** Mirror mode, and a registry-core read timeout far beyond the test client's own. */
    public static class MirrorMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ui.proxy-mirror", "true",
                    "quarkus.rest-client.registry-projects.read-timeout", "300000");
        }
    }

    private static String control(String what) {
        return Api.config("ui.auth-url") + "/control/" + what;
    }

    private static List<String> calls() {
        return given().get(control("calls")).then().statusCode(200).extract().jsonPath().getList("$", String.class);
    }

    @Test
    void aPullIntoAMissingProjectIsAnsweredWithoutWaitingForRegistryCore() throws Exception {
        given().post(control("cache-projects/hold")).then().statusCode(204);
        List<String> callsBefore;
        try {
            callsBefore = calls();
            String question = "{\"principal\":{\"userId\":0,\"username\":\"\",\"sysadmin\":false},"
                    + "\"resources\":[{\"type\":\"repository\",\"name\":\"mirrored-a/app\",\"actions\":[\"pull\",\"push\"]}]}";
            // registry-core holds every table push for minutes: an answer that waited on it would
            // come after this client gave up
            Api.internal().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 60_000)))
                    .contentType("application/json").body(question).post("/internal/v1/access")
                    .then().statusCode(200)
                    .body("resources[0].name", equalTo("mirrored-a/app"))
                    .body("resources[0].actions", equalTo(List.of("pull")));
            assertEquals("[]", given().get(control("cache-projects")).asString(), "registry-core has not answered yet");
        } finally {
            given().post(control("cache-projects/release")).then().statusCode(204);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!given().get(control("cache-projects")).asString().contains("\"mirrored-a\"")) {
            assertTrue(System.nanoTime() < deadline, "registry-core never heard of the new cache project");
            Thread.sleep(200);
        }
        // the only call of the whole exchange went downhill to registry-core: none to auth-service
        // (ui-service's own settings push, on its start and refresh schedule, tells and asks nothing)
        List<String> during = calls().subList(callsBefore.size(), calls().size()).stream()
                .filter(c -> !c.equals("PUT " + InternalApi.SETTINGS)).toList();
        assertTrue(during.stream().allMatch(c -> c.equals("PUT /registry" + InternalApi.PROXY_PROJECTS)), during.toString());
        Api.as("admin").get("/api/v2.0/projects/mirrored-a").then().statusCode(200)
                .body("metadata.public", equalTo("true"));
    }
}
