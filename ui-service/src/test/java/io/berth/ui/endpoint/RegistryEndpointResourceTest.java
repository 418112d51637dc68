package io.berth.ui.endpoint;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.berth.testsupport.registry.DistributionRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registries API and what a proxy-cache project changes in access answers (no mirror mode here). */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class RegistryEndpointResourceTest {

    private static final String SECRET = "Plain-Upstream-Pass1";

    @Inject
    RegistryEndpointRepository endpoints;

    @Test
    void onlySystemAdminsManageRegistriesAndTheSecretIsSealedAndMasked() {
        String body = "{\"name\":\"ep-mask\",\"type\":\"docker-registry\",\"url\":\"http://127.0.0.1:9/\","
                + "\"credential\":{\"type\":\"basic\",\"access_key\":\"bob\",\"access_secret\":\"" + SECRET + "\"}}";
        Api.as("alice").contentType("application/json").body(body).post("/api/v2.0/registries").then()
                .statusCode(403).body("errors[0].code", equalTo("FORBIDDEN"));
        Api.anonymous().get("/api/v2.0/registries").then().statusCode(401);
        long id = create(body);
        Api.as("admin").contentType("application/json").body(body).post("/api/v2.0/registries").then().statusCode(409);
        Api.as("admin").contentType("application/json")
                .body("{\"name\":\"ep-bad\",\"type\":\"quay\",\"url\":\"http://x\"}")
                .post("/api/v2.0/registries").then().statusCode(400);
        String shown = Api.as("admin").get("/api/v2.0/registries/" + id).then().statusCode(200)
                .body("url", equalTo("http://127.0.0.1:9"))
                .body("credential.access_key", equalTo("bob"))
                .body("credential.access_secret", equalTo("*****")).extract().asString();
        assertFalse(shown.contains(SECRET));
        String stored = QuarkusTransaction.requiringNew().call(() -> endpoints.findById(id).accessSecret);
        assertTrue(stored.startsWith("v1:") && !stored.contains(SECRET), stored);

        // a masked secret sent back keeps the stored one; a new one replaces it
        Api.as("admin").contentType("application/json").body("{\"credential\":{\"type\":\"basic\","
                + "\"access_key\":\"bob\",\"access_secret\":\"*****\"}}").put("/api/v2.0/registries/" + id)
                .then().statusCode(200);
        assertEquals(stored, QuarkusTransaction.requiringNew().call(() -> endpoints.findById(id).accessSecret));
        Api.as("admin").delete("/api/v2.0/registries/" + id).then().statusCode(200);
        Api.as("admin").get("/api/v2.0/registries/" + id).then().statusCode(404);
    }

    /** Harbor's "verify remote cert" off: ping reaches a self-signed https registry only when insecure. */
    @Test
    void pingVerifiesTheCertificateUnlessTheRegistryIsInsecure(@TempDir Path dir) throws Exception {
        try (DistributionRegistry upstream = DistributionRegistry.startTls(dir, "")) {
            String probe = "{\"type\":\"docker-registry\",\"url\":\"" + upstream.url() + "\"";
            Api.as("admin").contentType("application/json").body(probe + "}").post("/api/v2.0/registries/ping")
                    .then().statusCode(400).body("errors[0].message", containsString("unreachable"));
            Api.as("admin").contentType("application/json").body(probe + ",\"insecure\":true}")
                    .post("/api/v2.0/registries/ping").then().statusCode(200);
            long id = create("{\"name\":\"ep-insecure\",\"type\":\"docker-registry\",\"url\":\""
                    + upstream.url() + "\",\"insecure\":true}");
            Api.as("admin").contentType("application/json").body("{\"id\":" + id + "}")
                    .post("/api/v2.0/registries/ping").then().statusCode(200);
            Api.as("admin").delete("/api/v2.0/registries/" + id).then().statusCode(200);
        }
    }

    @Test
    void aProxyCacheProjectShowsItsRegistryAndNeverGrantsPush() {
        long id = create("{\"name\":\"ep-cache\",\"type\":\"docker-hub\",\"url\":\"https://hub.docker.com\"}");
        Api.as("alice").contentType("application/json")
                .body("{\"project_name\":\"alice-cache\",\"registry_id\":" + id + "}")
                .post("/api/v2.0/projects").then().statusCode(403);
        Api.as("admin").contentType("application/json")
                .body("{\"project_name\":\"hub-cache\",\"registry_id\":999999}")
                .post("/api/v2.0/projects").then().statusCode(400);
        Api.as("admin").contentType("application/json")
                .body("{\"project_name\":\"hub-cache\",\"registry_id\":" + id + ",\"metadata\":{\"public\":\"true\"}}")
                .post("/api/v2.0/projects").then().statusCode(201);
        Api.anonymous().get("/api/v2.0/projects/hub-cache").then().statusCode(200).body("registry_id", equalTo((int) id));
        Api.as("admin").delete("/api/v2.0/registries/" + id).then().statusCode(412);

        List<String> granted = Api.internal().contentType("application/json")
                .body(Map.of("principal", Map.of("userId", 1, "username", "admin", "sysadmin", true),
                        "resources", List.of(Map.of("type", "repository", "name", "hub-cache/alpine",
                                "actions", List.of("pull", "push", "delete", "*")))))
                .post("/internal/v1/access").then().statusCode(200).extract().jsonPath().getList("resources[0].actions");
        assertEquals(List.of("pull", "delete"), granted);
    }

    @Test
    void withoutMirrorModeAPullIntoAMissingProjectCreatesNothing() {
        List<String> granted = Api.internal().contentType("application/json")
                .body(Map.of("principal", Map.of("userId", 1, "username", "admin", "sysadmin", true),
                        "resources", List.of(Map.of("type", "repository", "name", "not-created/app",
                                "actions", List.of("pull")))))
                .post("/internal/v1/access").then().statusCode(200).extract().jsonPath().getList("resources[0].actions");
        assertEquals(List.of(), granted);
        Api.anonymous().head("/api/v2.0/projects?project_name=not-created").then().statusCode(404);
    }

    private static long create(String body) {
        String location = Api.as("admin").contentType("application/json").body(body).post("/api/v2.0/registries")
                .then().statusCode(201).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
