package io.berth.auth.support;

import static io.restassured.RestAssured.given;

import io.berth.common.internal.InternalApi;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Small helpers over REST Assured for the tests. */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Harbor12345";
    public static final String USERS = "/api/v2.0/users";

    private Api() {
    }

    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password);
    }

    /**
     * A request from another client address: tests reach the service over loopback, a trusted
     * proxy, so {@code X-Real-IP} is taken as the gateway would set it.
     */
    public static RequestSpecification from(String address) {
        return given().header("X-Real-IP", address);
    }

    /** What ui-service pushes after a system admin's PUT /configurations (and when it starts). */
    public static void pushSettings(boolean selfRegistration, int tokenExpirationMinutes, String authMode,
            Map<String, String> ldap) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("selfRegistration", selfRegistration);
        body.put("tokenExpirationMinutes", tokenExpirationMinutes);
        body.put("authMode", authMode);
        body.put("ldap", ldap);
        given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET).contentType(ContentType.JSON)
                .body(body).put(InternalApi.SETTINGS).then().statusCode(204);
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    /** Creates a user as admin and answers its id. */
    public static long createUser(String username, String password) {
        String location = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "email", username + "@example.com",
                        "realname", "Test " + username))
                .post(USERS)
                .then().statusCode(201)
                .extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
