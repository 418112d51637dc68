package io.berth.auth.internal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The REST API's Basic auth is no cheaper to brute-force than /c/login. */
    @Test
    void failedBasicChecksSlowFurtherAttemptsForThatName() {
        Api.createUser("basic-guess-eve", "Eve12345ab");
        long base = 400; // auth.login.failure-delay-millis in the test resources
        authenticate("basic-guess-eve", "guess-1A", 401);
        long second = timed(() -> authenticate("basic-guess-eve", "guess-2A", 401));
        long third = timed(() -> authenticate("basic-guess-eve", "guess-3A", 401));
        assertTrue(second >= base, "second attempt waited " + second);
        assertTrue(third >= 2 * base, "third attempt waited " + third);
        long right = timed(() -> authenticate("basic-guess-eve", "Eve12345ab", 200));
        assertTrue(right >= 4 * base, "even the right password waits its turn: " + right);
        long after = timed(() -> authenticate("basic-guess-eve", "guess-4A", 401));
        assertTrue(after < right, "a success resets the delay: " + after);
    }

    private static void authenticate(String username, String password, int status) {
        internal().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post(InternalApi.AUTHENTICATE).then().statusCode(status);
    }

    private static long timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1_000_000;
    }

    @Test
    void unknownSessionIsNotLive() {
        internal().get("/internal/v1/sessions/not-a-session").then().statusCode(404);
    }
}
