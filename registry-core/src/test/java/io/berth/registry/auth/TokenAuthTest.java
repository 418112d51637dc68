package io.berth.registry.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.berth.registry.storage.Digest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TokenProfile.class)
class TokenAuthTest {

    static final TestKeys K = TokenProfile.KEYS;
    static final String REALM = "Bearer realm=\"" + TokenProfile.REALM + "\",service=\"harbor-registry\"";

    @Test
    void libtrustKidHasTwelveGroups() {
        assertEquals(12, K.kid().split(":").length);
        assertEquals(59, K.kid().length());
    }

    @Test
    void anonymousGetsAChallengeWithScope() {
        given().get("/v2/").then().statusCode(401).header("WWW-Authenticate", REALM)
                .header("Connection", org.hamcrest.Matchers.nullValue()) // the connection stays usable
                .body("errors[0].code", is("UNAUTHORIZED"));
        given().head("/v2/p/r/manifests/latest").then().statusCode(401)
                .header("WWW-Authenticate", REALM + ",scope=\"repository:p/r:pull\"");
        given().post("/v2/p/r/blobs/uploads/").then().statusCode(401)
                .header("WWW-Authenticate", REALM + ",scope=\"repository:p/r:pull,push\"");
        given().get("/v2/_catalog").then().statusCode(401)
                .header("WWW-Authenticate", REALM + ",scope=\"registry:catalog:*\"");
    }

    @Test
    void actionsAreCheckedPerRequest() {
        String pull = K.token("guest", "p/r", "pull");
        given().auth().oauth2(pull).get("/v2/").then().statusCode(200);
        // a repository this run made: its tags are listed with a pull token alone
        String listed = "p/listed" + System.nanoTime();
        String pusher = K.token("dev", listed, "pull", "push");
        byte[] config = "{}".getBytes();
        given().auth().oauth2(pusher).queryParam("digest", Digest.of(config).toString())
                .contentType("application/octet-stream").body(config).post("/v2/" + listed + "/blobs/uploads/")
                .then().statusCode(201);
        given().auth().oauth2(pusher).contentType("application/vnd.oci.image.manifest.v1+json")
                .body("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":"
                        + "{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + Digest.of(config)
                        + "\",\"size\":2},\"layers\":[]}")
                .put("/v2/" + listed + "/manifests/v1").then().statusCode(201);
        given().auth().oauth2(K.token("guest", listed, "pull")).get("/v2/" + listed + "/tags/list").then()
                .statusCode(200).body("tags", org.hamcrest.Matchers.contains("v1"));
        given().auth().oauth2(pull).post("/v2/p/r/blobs/uploads/").then().statusCode(401)
                .header("WWW-Authenticate", REALM + ",scope=\"repository:p/r:pull,push\",error=\"insufficient_scope\"");
        given().auth().oauth2(pull).get("/v2/p/other/tags/list").then().statusCode(401);
        String push = K.token("dev", "p/r", "pull", "push");
        byte[] data = "token blob".getBytes();
        Digest d = Digest.of(data);
        given().auth().oauth2(push).queryParam("digest", d.toString()).contentType("application/octet-stream")
                .body(data).post("/v2/p/r/blobs/uploads/").then().statusCode(201);
        given().auth().oauth2(push).delete("/v2/p/r/blobs/" + d).then().statusCode(401)
                .header("WWW-Authenticate", REALM + ",scope=\"repository:p/r:delete\",error=\"insufficient_scope\"");
        given().auth().oauth2(K.token("admin", "p/r", "*")).delete("/v2/p/r/blobs/" + d).then().statusCode(202);
        String catalog = K.token("admin", "harbor-token-issuer", "harbor-registry", 300,
                List.of(Map.of("type", "registry", "name", "catalog", "actions", List.of("*"))));
        given().auth().oauth2(catalog).get("/v2/_catalog").then().statusCode(200);
        given().auth().oauth2(push).get("/v2/_catalog").then().statusCode(401);
    }

    @Test
    void aMountsChallengeAlsoAsksForPullOnItsSourceWhichIsUsedButNotDemanded() {
        byte[] data = "mounted blob".getBytes();
        Digest d = Digest.of(data);
        given().auth().oauth2(K.token("dev", "p/src", "pull", "push")).queryParam("digest", d.toString())
                .contentType("application/octet-stream").body(data).post("/v2/p/src/blobs/uploads/").then().statusCode(201);
        given().queryParam("mount", d.toString()).queryParam("from", "p/src").post("/v2/p/dst/blobs/uploads/").then()
                .statusCode(401)
                .header("WWW-Authenticate", REALM + ",scope=\"repository:p/dst:pull,push repository:p/src:pull\"");
        // without pull on the source the mount falls back to an upload, it is not refused
        given().auth().oauth2(K.token("dev", "p/dst", "pull", "push")).queryParam("mount", d.toString())
                .queryParam("from", "p/src").post("/v2/p/dst/blobs/uploads/").then().statusCode(202);
        String both = K.token("dev", "harbor-token-issuer", "harbor-registry", 300, List.of(
                Map.of("type", "repository", "name", "p/dst", "actions", List.of("pull", "push")),
                Map.of("type", "repository", "name", "p/src", "actions", List.of("pull"))));
        given().auth().oauth2(both).queryParam("mount", d.toString()).queryParam("from", "p/src")
                .post("/v2/p/dst/blobs/uploads/").then().statusCode(201)
                .header("Location", "/v2/p/dst/blobs/" + d);
    }

    @Test
    void badTokensAreInvalid() {
        String invalid = REALM + ",scope=\"repository:p/r:pull\",error=\"invalid_token\"";
        given().auth().oauth2(K.token("u", "other-issuer", "harbor-registry", 300, List.of())).get("/v2/p/r/tags/list")
                .then().statusCode(401).header("WWW-Authenticate", invalid);
        given().auth().oauth2(K.token("u", "harbor-token-issuer", "other-service", 300, List.of()))
                .get("/v2/p/r/tags/list").then().statusCode(401).header("WWW-Authenticate", invalid);
        // expired beyond the 60 s leeway, and within it
        given().auth().oauth2(K.token("u", "harbor-token-issuer", "harbor-registry", -120,
                List.of(Map.of("type", "repository", "name", "p/r", "actions", List.of("pull")))))
                .get("/v2/p/r/tags/list").then().statusCode(401).header("WWW-Authenticate", invalid);
        given().auth().oauth2(K.token("u", "harbor-token-issuer", "harbor-registry", -30,
                List.of(Map.of("type", "repository", "name", "p/never", "actions", List.of("pull")))))
                .get("/v2/p/never/tags/list").then().statusCode(404).body("errors[0].code", is("NAME_UNKNOWN"));
        String good = K.token("u", "p/never", "pull");
        // the good token is verified (and remembered) first: its altered copy must still be refused
        given().auth().oauth2(good).get("/v2/p/never/tags/list").then().statusCode(404);
        String tampered = good.substring(0, good.lastIndexOf('.') + 1) + "AAAA";
        given().auth().oauth2(tampered).get("/v2/p/never/tags/list").then().statusCode(401)
                .header("WWW-Authenticate", REALM + ",scope=\"repository:p/never:pull\",error=\"invalid_token\"");
        given().auth().oauth2("garbage").get("/v2/p/r/tags/list").then().statusCode(401).header("WWW-Authenticate", invalid);
    }

    @Test
    void es256TokensOfATrustedEcKeyAreAcceptedAndNeverByAnotherAlgorithm() {
        TestKeys ec = TokenProfile.EC_KEYS;
        String token = ec.token("u", "p/ec", "pull");
        assertEquals("ES256", Jwts.header(token).get("alg"));
        given().auth().oauth2(token).get("/v2/p/ec/tags/list").then().statusCode(404)
                .body("errors[0].code", is("NAME_UNKNOWN"));
        // the same signature under a header naming RS256 (or ES384) is not checked another way
        String invalid = REALM + ",scope=\"repository:p/ec:pull\",error=\"invalid_token\"";
        for (String alg : List.of("RS256", "ES384", "HS256", "none")) {
            given().auth().oauth2(Jwts.withAlg(token, alg)).get("/v2/p/ec/tags/list").then().statusCode(401)
                    .header("WWW-Authenticate", invalid);
        }
    }
}
