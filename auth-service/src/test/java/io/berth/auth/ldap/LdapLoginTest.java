package io.berth.auth.ldap;

import static io.berth.auth.support.Api.USERS;
import static io.berth.auth.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.berth.auth.support.Api;
import io.berth.auth.support.AuthTestResources;
import io.berth.common.internal.InternalApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** ldap_auth mode end to end: the seed's three harbor.cfg lines against a real slapd. */
@QuarkusTest
@WithTestResource(value = AuthTestResources.class, initArgs = @ResourceArg(name = "db", value = "test-mariadb-ldap"))
@WithTestResource(LdapTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LdapLoginTest {

    private static RequestSpecification internal() {
        return given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET);
    }

    private static io.restassured.response.ValidatableResponse authenticate(String user, String password) {
        return internal().contentType(ContentType.JSON).body(Map.of("username", user, "password", password))
                .post(InternalApi.AUTHENTICATE).then();
    }

    @Test
    @Order(1)
    void seedUserLogsInAndIsOnboarded() {
        given().contentType(ContentType.URLENC).formParam("principal", "test").formParam("password", "1q2w3e4r")
                .post("/c/login").then().statusCode(200);
        authenticate("test", "1q2w3e4r").statusCode(200).body("username", equalTo("test"))
                .body("sysadmin", equalTo(false));
        internal().queryParam("username", "test").get("/internal/v1/users").then().statusCode(200)
                .body("username", equalTo("test"));
        as("test", "1q2w3e4r").get(USERS + "/current").then().statusCode(200)
                .body("email", equalTo("test@int32bit.com")).body("realname", equalTo("Test User"));
    }

    @Test
    @Order(2)
    void wrongPasswordAndLocalPasswordsFail() {
        authenticate("test", "1q2w3e4R").statusCode(401);
        given().contentType(ContentType.URLENC).formParam("principal", "test").formParam("password", "wrong-pw")
                .post("/c/login").then().statusCode(401);
        // a local account's database password is not accepted in ldap_auth mode (only admin's is)
        Api.createUser("local-dave", "Dave12345");
        authenticate("local-dave", "Dave12345").statusCode(401);
        authenticate("admin", "Harbor12345").statusCode(200).body("userId", equalTo(1));
    }

    @Test
    @Order(3)
    void ldapUserCannotChangeItsPassword() {
        int id = as("test", "1q2w3e4r").get(USERS + "/current").then().statusCode(200).extract().path("user_id");
        as("test", "1q2w3e4r").contentType(ContentType.JSON)
                .body(Map.of("old_password", "1q2w3e4r", "new_password", "Other12345"))
                .put(USERS + "/" + id + "/password").then().statusCode(403)
                .body("errors[0].message", containsString("LDAP"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("new_password", "Other12345"))
                .put(USERS + "/" + id + "/password").then().statusCode(403);
        authenticate("test", "Other12345").statusCode(401);
    }

    @Test
    @Order(4)
    void adminHelpersPingSearchAndImport() {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).post("/api/v2.0/ldap/ping")
                .then().statusCode(200).body("success", equalTo(true));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("ldap_url", "ldap://127.0.0.1:1", "ldap_connection_timeout", 2))
                .post("/api/v2.0/ldap/ping").then().statusCode(200).body("success", equalTo(false));
        Api.asAdmin().queryParam("username", "test").get("/api/v2.0/ldap/users/search")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].username", equalTo("test"))
                .body("[0].email", equalTo("test@int32bit.com"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("ldap_uid_list", java.util.List.of("test")))
                .post("/api/v2.0/ldap/users/import").then().statusCode(200);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("ldap_uid_list", java.util.List.of("test", "no-such-uid")))
                .post("/api/v2.0/ldap/users/import").then().statusCode(404)
                .body("errors[0].code", equalTo("NOT_FOUND")).body("errors[0].message", containsString("no-such-uid"));
        as("test", "1q2w3e4r").queryParam("username", "test").get("/api/v2.0/ldap/users/search")
                .then().statusCode(403).body("errors[0].code", equalTo("FORBIDDEN"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v2.0/ldap/ping").then().statusCode(401);
    }

    /** Adding a member who never signed in: ui-service has the directory user onboarded by name. */
    @Test
    @Order(5)
    void aDirectoryUserWhoNeverSignedInIsOnboardedByName() {
        internal().queryParam("username", "twin").get("/internal/v1/users").then().statusCode(404);
        internal().queryParam("username", "twin").post("/internal/v1/users/onboard").then().statusCode(200)
                .body("username", equalTo("twin")).body("sysadmin", equalTo(false));
        internal().queryParam("username", "twin").get("/internal/v1/users").then().statusCode(200)
                .body("username", equalTo("twin"));
        internal().queryParam("username", "no-such-uid").post("/internal/v1/users/onboard").then().statusCode(404)
                .body("errors[0].code", equalTo("NOT_FOUND"));
        internal().queryParam("username", "*").post("/internal/v1/users/onboard").then().statusCode(404);
        given().queryParam("username", "twin").post("/internal/v1/users/onboard").then().statusCode(401);
    }

    /**
     * A directory outage is no wrong password: every route answers 503 with Retry-After in its
     * protocol's terms, no guess is counted, and the database admin still signs in.
     */
    @Test
    @Order(9)
    void aDirectoryOutageIs503AndAdminStillLogsIn() throws Exception {
        LdapTestResource.slapd.stop();
        for (int i = 0; i < 6; i++) {
            authenticate("test", "1q2w3e4r").statusCode(503).header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("errors[0].code", equalTo("SERVICE_UNAVAILABLE"));
        }
        given().contentType(ContentType.URLENC).formParam("principal", "test").formParam("password", "1q2w3e4r")
                .post("/c/login").then().statusCode(503).body("errors[0].code", equalTo("SERVICE_UNAVAILABLE"));
        as("test", "1q2w3e4r").get(USERS + "/current").then().statusCode(503)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        as("test", "1q2w3e4r").queryParam("service", "harbor-registry").get("/service/token").then().statusCode(503)
                .header("Retry-After", matchesPattern("[1-9][0-9]*")).body("errors[0].code", equalTo("UNAVAILABLE"));
        Api.asAdmin().queryParam("username", "test").get("/api/v2.0/ldap/users/search").then().statusCode(503)
                .body("errors[0].code", equalTo("SERVICE_UNAVAILABLE"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("ldap_uid_list", java.util.List.of("test")))
                .post("/api/v2.0/ldap/users/import").then().statusCode(503);
        authenticate("admin", "Harbor12345").statusCode(200).body("sysadmin", equalTo(true));
        given().contentType(ContentType.URLENC).formParam("principal", "admin").formParam("password", "Harbor12345")
                .post("/c/login").then().statusCode(200);
    }

    /** With the database down every route answers 503 with Retry-After, in its protocol's terms. */
    @Test
    @Order(10)
    void aDatabaseOutageIs503OnEveryRoute() throws Exception {
        io.restassured.response.Response session = given().contentType(ContentType.URLENC)
                .formParam("principal", "admin").formParam("password", "Harbor12345").post("/c/login");
        String sid = session.cookie("sid");
        AuthTestResources.stopDatabase("test-mariadb-ldap");
        authenticate("admin", "Harbor12345").statusCode(503).header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("errors[0].code", equalTo("SERVICE_UNAVAILABLE"));
        given().contentType(ContentType.URLENC).formParam("principal", "admin").formParam("password", "Harbor12345")
                .post("/c/login").then().statusCode(503).body("errors[0].code", equalTo("SERVICE_UNAVAILABLE"));
        Api.asAdmin().queryParam("service", "harbor-registry").get("/service/token").then().statusCode(503)
                .header("Retry-After", matchesPattern("[1-9][0-9]*")).body("errors[0].code", equalTo("UNAVAILABLE"));
        Api.asAdmin().get(USERS + "/current").then().statusCode(503).body("errors[0].code", equalTo("SERVICE_UNAVAILABLE"));
        Api.asAdmin().get(USERS).then().statusCode(503);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).post("/api/v2.0/ldap/ping").then().statusCode(503);
        given().cookie("sid", sid).get(USERS + "/current").then().statusCode(503)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        given().cookie("sid", sid).get("/c/log_out").then().statusCode(503);
        internal().queryParam("username", "test").get("/internal/v1/users").then().statusCode(503)
                .body("errors[0].code", equalTo("SERVICE_UNAVAILABLE"));
        internal().get("/internal/v1/users/1").then().statusCode(503);
        internal().get("/internal/v1/sessions/some-jti").then().statusCode(503);
        given().get("/q/health/ready").then().statusCode(503);
        // no credentials, no database: an anonymous pull token is still issued
        given().queryParam("service", "harbor-registry").queryParam("scope", "repository:library/x:pull")
                .get("/service/token").then().statusCode(200);
    }
}
