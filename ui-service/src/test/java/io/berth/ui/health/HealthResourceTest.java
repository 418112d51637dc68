package io.berth.ui.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.berth.ui.support.Api;
import io.berth.ui.support.Await;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class HealthResourceTest {

    @Test
    void everyComponentHealthyWhenAllAnswer() {
        given().get("/api/v2.0/health").then().statusCode(200)
                .body("status", equalTo("healthy"))
                .body("components.name", containsInAnyOrder("ui", "registry", "auth", "log", "database"))
                .body("components.status", not(hasItem("unhealthy")));
    }

    @Test
    void aComponentDownMakesTheWholeUnhealthy() {
        String control = Api.config("ui.auth-url") + "/control/health/";
        given().post(control + "registry/down").then().statusCode(204);
        try {
            given().get("/api/v2.0/health").then().statusCode(200)
                    .body("status", equalTo("unhealthy"))
                    .body("components.find { it.name == 'registry' }.status", equalTo("unhealthy"))
                    .body("components.find { it.name == 'log' }.status", equalTo("healthy"))
                    .body("components.find { it.name == 'database' }.status", equalTo("healthy"));
        } finally {
            given().post(control + "registry/up").then().statusCode(204);
        }
        given().post(control + "log/down").then().statusCode(204);
        try {
            given().get("/api/v2.0/health").then().statusCode(200)
                    .body("status", equalTo("unhealthy"))
                    .body("components.find { it.name == 'log' }.status", equalTo("unhealthy"))
                    .body("components.find { it.name == 'registry' }.status", equalTo("healthy"));
        } finally {
            given().post(control + "log/up").then().statusCode(204);
        }
        given().get("/api/v2.0/health").then().statusCode(200).body("status", equalTo("healthy"));
    }

    /** Ready once both peers took our state: the check is there and names what it waited for. */
    @Test
    void readyOnceThePeersHaveOurState() {
        Await.value("ui-service ready", () -> given().get("/q/health/ready").statusCode() == 200 ? true : null);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'peer-sync' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'peer-sync' }.data.pending", equalTo(""));
    }

    @Test
    void pingAnswersPong() {
        given().get("/api/v2.0/ping").then().statusCode(200).body(equalTo("Pong"));
    }

    @Test
    void systemInfoIsAnonymous() {
        given().get("/api/v2.0/systeminfo").then().statusCode(200)
                .body("auth_mode", equalTo("db_auth"))
                .body("self_registration", equalTo(false))
                .body("external_url", equalTo("http://berth.test:8080"))
                .body("project_creation_restriction", equalTo("everyone"));
    }
}
