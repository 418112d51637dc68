package io.berth.registry.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Request metrics are tagged by kind of request: a busy registry does not grow a series per repository. */
@QuarkusTest
class MetricsTest {

    @Test
    void uriTagsNameTheRouteNotTheRepository() {
        String digest = "sha256:" + "0".repeat(64);
        for (String repo : new String[] {"metrics-one/app", "metrics-two/deep/app"}) {
            given().head("/v2/" + repo + "/blobs/" + digest).then().statusCode(404);
            given().get("/v2/" + repo + "/manifests/latest").then().statusCode(404);
            given().get("/v2/" + repo + "/tags/list").then().statusCode(404);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("uri=\"/v2/{name}/blobs/{digest}\""), "blob route tag");
        assertTrue(metrics.contains("uri=\"/v2/{name}/manifests/{reference}\""), "manifest route tag");
        assertTrue(metrics.contains("uri=\"/v2/{name}/tags/list\""), "tags route tag");
        assertFalse(metrics.contains("metrics-one"), "no repository name in any tag");
    }
}
