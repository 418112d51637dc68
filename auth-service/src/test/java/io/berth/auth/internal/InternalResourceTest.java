package io.berth.auth.internal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.auth.support.Api;
import io.berth.auth.support.AuthTestResources;
import io.berth.common.internal.InternalApi;
import io.quarkus.test.common.WithTestResource;
import io.berth.testsupport.http.PathSpellings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.Set;
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
        // without the secret nothing says which internal paths exist
        given().get("/internal/v1/no-such-thing").then().statusCode(401);
    }

    /** Good credentials (200 where they arrive) reach nothing when the path is spelled another way. */
    @Test
    void noSpellingOfAnInternalPathSkipsTheSecret() throws Exception {
        for (String path : PathSpellings.of(InternalApi.AUTHENTICATE)) {
            int status = PathSpellings.status(RestAssured.port, "POST", path,
                    "{\"username\":\"admin\",\"password\":\"Harbor12345\"}");
            assertTrue(Set.of(400, 401, 404).contains(status), path + " answered " + status);
        }
    }

    @Test
    void authenticatesGoodCredentialsOnly() {
        internal().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "Harbor12345"))
                .post(InternalApi.AUTHENTICATE)
                .then().statusCode(200)
                .body("userId", equalTo(1)).body("username", equalTo("admin")).body("sysadmin", equalTo(true));
        authenticate("admin", "Harbor12346", "192.0.2.122").statusCode(401)
                .body("errors[0].code", equalTo("UNAUTHORIZED"));
        authenticate("nobody-here", "Harbor12345", "192.0.2.122").statusCode(401);
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

    /**
     * The REST API's Basic checks are counted under the address ui-service reports, so guessing
     * holds back that caller (429 with Retry-After, which ui-service passes on), not the owner.
     */
    @Test
    void guessesAreCountedUnderTheCallersAddress() {
        Api.createUser("basic-guess-eve", "Eve12345ab");
        for (int i = 1; i <= 4; i++) {
            authenticate("basic-guess-eve", "guess-" + i + "A", "203.0.113.20").statusCode(401);
        }
        authenticate("basic-guess-eve", "Eve12345ab", "203.0.113.20").statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("errors[0].code", equalTo("TOO_MANY_REQUEST"));
        authenticate("basic-guess-eve", "Eve12345ab", "198.51.100.30").statusCode(200)
                .body("username", equalTo("basic-guess-eve"));
    }

    private static ValidatableResponse authenticate(String username, String password, String clientAddress) {
        return internal().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "clientAddress", clientAddress))
                .post(InternalApi.AUTHENTICATE).then();
    }

    @Test
    void unknownSessionIsNotLive() {
        internal().get("/internal/v1/sessions/not-a-session").then().statusCode(404);
    }
}
