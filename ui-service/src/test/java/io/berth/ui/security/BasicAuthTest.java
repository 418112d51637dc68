package io.berth.ui.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.berth.ui.support.Api;
import io.berth.ui.support.FakeAuthService;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Basic auth on ui-service's API: the caller's address goes to auth-service with the credentials
 * (the gateway's X-Real-IP, never a client's X-Forwarded-For), and auth-service's "wait" answers
 * reach the client with their Retry-After in Harbor's error body.
 */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class BasicAuthTest {

    private static final String PROJECTS = "/api/v2.0/projects";

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCallersAddressIsCountedNotOneItWrote() {
        given().header("Authorization", basic(FakeAuthService.PROBE, "Probe-" + UUID.randomUUID()))
                .header("X-Real-IP", "203.0.113.9").get(PROJECTS).then().statusCode(200);
        given().header("Authorization", basic(FakeAuthService.PROBE, "Probe-" + UUID.randomUUID()))
                .header("X-Forwarded-For", "198.51.100.66").get(PROJECTS).then().statusCode(200);
        given().get(Api.config("ui.auth-url") + "/control/logins").then().statusCode(200)
                .body("$", hasItem("prober@203.0.113.9")).body("$", hasItem("prober@127.0.0.1"))
                .body("$", not(hasItem("prober@198.51.100.66")));
    }

    @Test
    void aHeldBackGuesserGets429WithRetryAfter() {
        given().header("Authorization", basic(FakeAuthService.LIMITED, "Guess1234")).get(PROJECTS)
                .then().statusCode(429).header("Retry-After", "42")
                .body("errors[0].code", equalTo("TOO_MANY_REQUEST"));
    }

    @Test
    void anIdentityOutageIs503WithRetryAfter() {
        given().header("Authorization", basic(FakeAuthService.UNAVAILABLE, "Pass12345")).get(PROJECTS)
                .then().statusCode(503).header("Retry-After", "42")
                .body("errors[0].code", equalTo("SERVICE_UNAVAILABLE"));
    }

    @Test
    void malformedBasicHeadersAre401() {
        for (String header : new String[] {"Basic !!!", "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes()),
                basic("", FakeAuthService.PASSWORD), basic("bob", "")}) {
            given().header("Authorization", header).get(PROJECTS).then().statusCode(401)
                    .body("errors[0].code", equalTo("UNAUTHORIZED"));
        }
    }
}
