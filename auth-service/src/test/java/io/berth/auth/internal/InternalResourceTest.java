package io.berth.auth.internal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.berth.auth.support.Api;
import io.berth.auth.support.AuthTestResources;
import io.berth.common.internal.InternalApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(AuthTestResources.class)
class InternalResourceTest {

    private static io.restassured.specification.RequestSpecification internal() {
        return given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET);
    }

    @Test
    void refusesCallsWithoutTheSecret() {
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "Harbor12345"))
                .post(InternalApi.AUTHENTICATE)
                .then().statusCode(401).body("errors[0].code", equalTo("UNAUTHORIZED"));
        given().header(InternalApi.SECRET_HEADER, "wrong").get("/internal/v1/users/1")
                .then().statusCode(401);
        given().get("/internal/v1/sessions/whatever").then().statusCode(401);
    }

    @Test
    void authenticatesGoodCredentialsOnly() {
        internal().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "Harbor12345"))
                .post(InternalApi.AUTHENTICATE)
                .then().statusCode(200)
                .body("userId", equalTo(1)).body("username", equalTo("admin")).body("sysadmin", equalTo(true));
        internal().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "Harbor12346"))
                .post(InternalApi.AUTHENTICATE)
                .then().statusCode(401).body("errors[0].code", equalTo("UNAUTHORIZED"));
        internal().contentType(ContentType.JSON).body(Map.of("username", "nobody-here", "password", "Harbor12345"))
                .post(InternalApi.AUTHENTICATE)
                .then().statusCode(401);
    }

    @Test
    void looksUsersUpByNameAndId() {
        long id = Api.createUser("lookup-carol", "Carol12345");
        internal().queryParam("username", "lookup-carol").get("/internal/v1/users")
                .then().statusCode(200)
                .body("userId", equalTo((int) id)).body("username", equalTo("lookup-carol"))
                .body("sysadmin", equalTo(false));
        internal().get("/internal/v1/users/" + id).then().statusCode(200).body("username", equalTo("lookup-carol"));
        internal().get("/internal/v1/users/1").then().statusCode(200).body("sysadmin", equalTo(true));
        internal().queryParam("username", "no-such-user").get("/internal/v1/users")
                .then().statusCode(404).body("errors[0].code", equalTo("NOT_FOUND"));
        internal().get("/internal/v1/users/999999").then().statusCode(404);
        internal().get("/internal/v1/users/abc").then().statusCode(400).body("errors[0].code", equalTo("BAD_REQUEST"));
        internal().get("/internal/v1/users").then().statusCode(400);
    }

    @Test
    void unknownSessionIsNotLive() {
        internal().get("/internal/v1/sessions/not-a-session").then().statusCode(404);
    }
}
