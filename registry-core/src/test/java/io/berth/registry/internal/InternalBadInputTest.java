package io.berth.registry.internal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.common.internal.InternalApi;
import io.berth.registry.gc.GcProfile;
import io.berth.testsupport.http.PathSpellings;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests to the internal API answer 400 (or 413) with the error body, never 405 or 500;
 * requests without the secret answer 401 whatever they hold.
 */
@QuarkusTest
@TestProfile(GcProfile.class)
class InternalBadInputTest {

    private static void projects(String body, int status, String code) {
        given().header(InternalApi.SECRET_HEADER, GcProfile.SECRET).contentType("application/json").body(body)
                .put(InternalApi.PROXY_PROJECTS).then().statusCode(status).body("errors[0].code", is(code));
    }

    @Test
    void aCacheProjectListThatIsNoneIsABadRequest() {
        projects("", 400, "BAD_REQUEST");
        projects("not json", 400, "BAD_REQUEST");
        projects("{\"project\":\"c\"}", 400, "BAD_REQUEST");
        projects("null", 400, "BAD_REQUEST");
        projects("[null]", 400, "BAD_REQUEST");
        projects("[{\"project\":\"\"}]", 400, "BAD_REQUEST");
        projects("[{\"project\":\"c\",\"url\":\"http://a host/\"}]", 400, "BAD_REQUEST");
        projects("[{\"project\":\"c\",\"url\":\"http://127.0.0.1:1/\",\"sealedPassword\":\"not sealed\"}]", 400,
                "BAD_REQUEST");
        projects("[\"" + "x".repeat(2 << 20) + "\"]", 413, "SIZE_INVALID");
        // nothing of the refused lists was taken: pushes into "c" are not refused as into a cache project
        String upload = given().post("/v2/c/app/blobs/uploads/").then().statusCode(202).extract().header("Location");
        given().delete(upload).then().statusCode(204);
        given().header(InternalApi.SECRET_HEADER, GcProfile.SECRET).contentType("application/json").body("[]")
                .put(InternalApi.PROXY_PROJECTS).then().statusCode(204);
    }

    @Test
    void aMalformedPathIsABadRequest() throws Exception {
        // sent raw: HTTP clients resolve the dot segments themselves
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.getOutputStream().write(("DELETE " + InternalApi.PREFIX + "/repositories/p/%2E%2E/r/tags/x HTTP/1.1\r\n"
                    + "Host: localhost\r\n" + InternalApi.SECRET_HEADER + ": " + GcProfile.SECRET + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
            assertTrue(answer.contains("\"code\":\"BAD_REQUEST\""), answer);
        }
    }

    /**
     * Without the secret every internal path is refused before anything is read or routed: a known
     * one, an unknown one, one spelled another way, and a body over the limit (401, not 413).
     */
    @Test
    void withoutTheSecretNothingIsReached() throws Exception {
        given().post(InternalApi.GC).then().statusCode(401).body("errors[0].code", is("UNAUTHORIZED"));
        given().header(InternalApi.SECRET_HEADER, "wrong").get(InternalApi.CATALOG).then().statusCode(401);
        given().get("/internal/v1/no-such-thing").then().statusCode(401);
        given().get("/internal").then().statusCode(401);
        given().contentType("application/json").body("[\"" + "x".repeat(2 << 20) + "\"]")
                .put(InternalApi.PROXY_PROJECTS).then().statusCode(401);
        for (String path : PathSpellings.of(InternalApi.CATALOG)) {
            int status = PathSpellings.status(RestAssured.port, "GET", path, "");
            assertTrue(status == 401 || status == 400 || status == 404, path + " answered " + status);
        }
    }
}
