package io.berth.auth.session;

import static io.berth.auth.support.Api.USERS;
import static io.berth.auth.support.Api.createUser;
import static io.berth.auth.support.Api.from;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.berth.auth.support.AuthTestResources;
import io.berth.common.internal.InternalApi;
import io.berth.common.token.TokenClaims;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Date;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(AuthTestResources.class)
class SessionResourceTest {

    @ConfigProperty(name = "auth.token.certificate-file")
    Path certificateFile;

    private static Response login(String user, String password) {
        return given().contentType(ContentType.URLENC).formParam("principal", user).formParam("password", password)
                .post("/c/login");
    }

    @Test
    void loginSetsASignedSessionCookieAndTheCsrfToken() throws Exception {
        createUser("sess-ann", "Ann12345a");
        Response r = login("sess-ann", "Ann12345a");
        r.then().statusCode(200)
                .header("Set-Cookie", containsString("sid="))
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Lax"))
                .header("Set-Cookie", not(containsString("Secure")));
        String csrf = r.header(TokenClaims.CSRF_HEADER);
        String sid = r.cookie(TokenClaims.SESSION_COOKIE);
        assertTrue(csrf != null && csrf.length() >= 32, "csrf token answered");

        SignedJWT jwt = SignedJWT.parse(sid);
        X509Certificate cert;
        try (InputStream in = Files.newInputStream(certificateFile)) {
            cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
        assertTrue(jwt.verify(new RSASSAVerifier((RSAPublicKey) cert.getPublicKey())), "signed with the token key");
        JWTClaimsSet c = jwt.getJWTClaimsSet();
        assertEquals(TokenClaims.SESSION_AUDIENCE, c.getAudience().get(0));
        assertEquals("sess-ann", c.getSubject());
        assertEquals(false, c.getBooleanClaim(TokenClaims.SESSION_SYSADMIN));
        assertEquals(csrf, c.getStringClaim(TokenClaims.SESSION_CSRF));
        assertTrue(c.getLongClaim(TokenClaims.SESSION_USER_ID) > 1);
        assertTrue(c.getExpirationTime().after(new Date()));
        assertTrue(c.getJWTID() != null);
    }

    @Test
    void sessionAuthenticatesApiCallsAndStateChangesNeedCsrf() {
        long id = createUser("sess-bo", "Bo12345ab");
        Response r = login("sess-bo", "Bo12345ab");
        String sid = r.cookie(TokenClaims.SESSION_COOKIE);
        String csrf = r.header(TokenClaims.CSRF_HEADER);
        given().cookie(TokenClaims.SESSION_COOKIE, sid).get(USERS + "/current")
                .then().statusCode(200).body("username", equalTo("sess-bo"));
        given().cookie(TokenClaims.SESSION_COOKIE, sid).contentType(ContentType.JSON)
                .body(Map.of("realname", "Bo")).put(USERS + "/" + id)
                .then().statusCode(403).body("errors[0].message", containsString("CSRF"));
        given().cookie(TokenClaims.SESSION_COOKIE, sid).header(TokenClaims.CSRF_HEADER, "forged")
                .contentType(ContentType.JSON).body(Map.of("realname", "Bo")).put(USERS + "/" + id)
                .then().statusCode(403);
        given().cookie(TokenClaims.SESSION_COOKIE, sid).header(TokenClaims.CSRF_HEADER, csrf)
                .contentType(ContentType.JSON).body(Map.of("realname", "Bo")).put(USERS + "/" + id)
                .then().statusCode(200);
        given().cookie(TokenClaims.SESSION_COOKIE, sid + "x").get(USERS + "/current").then().statusCode(401);
    }

    @Test
    void logoutRevokesTheSession() throws Exception {
        createUser("sess-cy", "Cy12345ab");
        String sid = login("sess-cy", "Cy12345ab").cookie(TokenClaims.SESSION_COOKIE);
        String jti = SignedJWT.parse(sid).getJWTClaimsSet().getJWTID();
        given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET)
                .get("/internal/v1/sessions/" + jti).then().statusCode(200);
        given().get("/internal/v1/sessions/" + jti).then().statusCode(401);

        given().cookie(TokenClaims.SESSION_COOKIE, sid).get("/c/log_out")
                .then().statusCode(200).header("Set-Cookie", containsString("Max-Age=0"));
        given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET)
                .get("/internal/v1/sessions/" + jti).then().statusCode(404);
        given().cookie(TokenClaims.SESSION_COOKIE, sid).get(USERS + "/current").then().statusCode(401);
        given().get("/c/log_out").then().statusCode(200);

        String second = login("sess-cy", "Cy12345ab").cookie(TokenClaims.SESSION_COOKIE);
        given().cookie(TokenClaims.SESSION_COOKIE, second).get("/c/logout").then().statusCode(200);
        given().cookie(TokenClaims.SESSION_COOKIE, second).get(USERS + "/current").then().statusCode(401);
    }

    @Test
    void wrongCredentialsAre401() {
        login(from("192.0.2.121"), "admin", "not-the-Password1").then().statusCode(401)
                .header("Set-Cookie", nullValue())
                .body("errors[0].code", equalTo("UNAUTHORIZED"));
        login(from("192.0.2.121"), "no-such-user-at-all", "Whatever123").then().statusCode(401);
    }

    /**
     * Guessing holds back the source that guessed, with 429, Retry-After and Harbor's error body;
     * the owner logging in from elsewhere is let in at once.
     */
    @Test
    void guessingHoldsBackTheGuesserNeverTheOwner() {
        createUser("brute-dan", "Dan12345a");
        String attacker = "203.0.113.10";
        for (int i = 1; i <= 4; i++) {
            login(from(attacker), "brute-dan", "guess-" + i + "A").then().statusCode(401);
        }
        login(from(attacker), "brute-dan", "Dan12345a").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("Set-Cookie", nullValue())
                .body("errors[0].code", equalTo("TOO_MANY_REQUEST"));
        // what a client writes into X-Forwarded-For picks no other bucket
        login(from(attacker).header("X-Forwarded-For", "198.51.100.77"), "brute-dan", "Dan12345a")
                .then().statusCode(429);
        login(from("198.51.100.20"), "brute-dan", "Dan12345a").then().statusCode(200);
        login(given(), "brute-dan", "Dan12345a").then().statusCode(200);
    }

    private static Response login(RequestSpecification spec, String user, String password) {
        return spec.contentType(ContentType.URLENC).formParam("principal", user).formParam("password", password)
                .post("/c/login");
    }
}
