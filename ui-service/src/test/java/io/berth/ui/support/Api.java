package io.berth.ui.support;

import static io.restassured.RestAssured.given;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Request helpers for the tests: callers by name, the internal secret, session JWTs. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, FakeAuthService.PASSWORD);
    }

    public static RequestSpecification anonymous() {
        return given();
    }

    public static RequestSpecification internal() {
        return given().header("X-Berth-Internal-Secret", secret());
    }

    public static String secret() {
        try {
            return Files.readString(Path.of(config("ui.internal-secret-file"))).trim();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    /**
     * A session JWT as auth-service would sign it, for the user, with this CSRF token; the
     * stand-in auth-service is told of it, as a login would record it.
     */
    public static String session(String user, String csrf, Instant expires) {
        return session(user, csrf, expires, UUID.randomUUID().toString(), signingKey());
    }

    public static String session(String user, String csrf, Instant expires, String jti, PrivateKey key) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer("harbor-token-issuer")
                    .audience("berth-session")
                    .subject(user)
                    .claim("uid", FakeAuthService.USERS.get(user))
                    .claim("adm", FakeAuthService.SYSADMINS_AT_START.contains(user))
                    .claim("csrf", csrf)
                    .jwtID(jti)
                    .issueTime(new Date())
                    .expirationTime(Date.from(expires))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key));
            given().post(config("ui.auth-url") + "/control/session/" + jti + "/" + user).then().statusCode(204);
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey signingKey() {
        try {
            String pem = Files.readString(Path.of(config("berth.test.session-key-file")));
            String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a project as the user; returns its id. */
    public static long createProject(String user, String name, boolean isPublic) {
        String location = as(user).contentType("application/json")
                .body("{\"project_name\":\"" + name + "\",\"metadata\":{\"public\":\"" + isPublic + "\"}}")
                .post("/api/v2.0/projects")
                .then().statusCode(201).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public static void addMember(String project, String user, int role) {
        as("admin").contentType("application/json")
                .body("{\"role_id\":" + role + ",\"member_user\":{\"username\":\"" + user + "\"}}")
                .post("/api/v2.0/projects/" + project + "/members")
                .then().statusCode(201);
    }
}
