package io.berth.auth.account;

import static io.berth.auth.support.Api.USERS;
import static io.berth.auth.support.Api.as;
import static io.berth.auth.support.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.berth.auth.support.Api;
import io.berth.auth.support.AuthTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A deployment whose ui-service pushed self_registration = on, served over https; auth's own
 * {@code auth.self-registration} says off, and ui-service's push wins.
 */
@QuarkusTest
@TestProfile(SelfRegistrationTest.OnAndHttps.class)
@WithTestResource(value = AuthTestResources.class, initArgs = @ResourceArg(name = "db", value = "test-mariadb-selfreg"))
class SelfRegistrationTest {

    public static class OnAndHttps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("auth.self-registration", "false", "auth.external-url", "https://registry.example.com");
        }
    }

    /** What ui-service pushes, as after a system admin's PUT /configurations. */
    private static void uiServiceSays(boolean selfRegistration, int tokenExpirationMinutes) {
        Api.pushSettings(selfRegistration, tokenExpirationMinutes, null, Map.of());
    }

    @BeforeEach
    void uiServicePushedItsSettings() {
        uiServiceSays(true, 30);
    }

    @Test
    void settingsChangedInUiServiceApplyWithoutARestart() {
        try {
            uiServiceSays(false, 45);
            given().contentType(ContentType.JSON).body(Map.of("username", "self-late", "password", "Self12345"))
                    .post(USERS).then().statusCode(401).body("errors[0].code", equalTo("UNAUTHORIZED"));
            asAdmin().queryParam("service", "harbor-registry").get("/service/token").then().statusCode(200)
                    .body("expires_in", equalTo(45 * 60));
        } finally {
            uiServiceSays(true, 30);
        }
        given().contentType(ContentType.JSON).body(Map.of("username", "self-late", "password", "Self12345"))
                .post(USERS).then().statusCode(201);
        asAdmin().queryParam("service", "harbor-registry").get("/service/token").then().body("expires_in", equalTo(1800));
    }

    @Test
    void anyoneMayRegisterButNotAsAdmin() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "self-reg", "password", "Self12345", "email", "self@example.com"))
                .post(USERS).then().statusCode(201);
        as("self-reg", "Self12345").get(USERS + "/current").then().statusCode(200)
                .body("username", equalTo("self-reg")).body("sysadmin_flag", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("username", "self-weak", "password", "weak"))
                .post(USERS).then().statusCode(400).body("errors[0].message", containsString("8 to 128"));
        given().contentType(ContentType.JSON).body(Map.of("username", "self-reg", "password", "Self12345"))
                .post(USERS).then().statusCode(409);
    }

    @Test
    void sessionCookieIsSecureUnderHttps() {
        given().contentType(ContentType.URLENC).formParam("principal", "admin").formParam("password", "Harbor12345")
                .post("/c/login").then().statusCode(200)
                .header("Set-Cookie", containsString("; Secure"))
                .header("Set-Cookie", containsString("SameSite=Lax"))
                .header("Set-Cookie", containsString("HttpOnly"));
    }
}
