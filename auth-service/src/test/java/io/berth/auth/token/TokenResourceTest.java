package io.berth.auth.token;

import static io.berth.auth.support.Api.as;
import static io.berth.auth.support.Api.asAdmin;
import static io.berth.auth.support.Api.createUser;
import static io.berth.auth.support.Api.from;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.berth.auth.support.AuthTestResources;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(AuthTestResources.class)
class TokenResourceTest {

    private static final String TOKEN = "/service/token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "auth.token.certificate-file")
    Path certificateFile;

    @ConfigProperty(name = "auth.ui-url")
    String accessServer;

    private static boolean usersCreated;

    @BeforeEach
    void users() {
        if (!usersCreated) {
            createUser("dev-tom", "Tom12345a");
            createUser("guest-una", "Una12345a");
            usersCreated = true;
        }
    }

    /** The token's payload after checking header and signature against the certificate. */
    private JsonNode verified(String token) throws Exception {
        X509Certificate cert;
        try (InputStream in = Files.newInputStream(certificateFile)) {
            cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        SignedJWT jwt = SignedJWT.parse(token);
        assertTrue(jwt.verify(new RSASSAVerifier((RSAPublicKey) cert.getPublicKey())), "signature");
        assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
        assertEquals("JWT", jwt.getHeader().getType().getType());
        assertEquals(io.berth.common.token.LibtrustKeyId.of(cert.getPublicKey()), jwt.getHeader().getKeyID());
        assertEquals(Base64.getEncoder().encodeToString(cert.getEncoded()),
                jwt.getHeader().getX509CertChain().get(0).toString());
        return JSON.readTree(jwt.getPayload().toString());
    }

    private static JsonPath token(RequestSpecification spec, String... scopes) {
        RequestSpecification r = spec.queryParam("service", "harbor-registry");
        for (String s : scopes) {
            r = r.queryParam("scope", s);
        }
        return r.get(TOKEN).then().statusCode(200).extract().jsonPath();
    }

    private JsonNode access(JsonPath body) throws Exception {
        assertEquals(body.getString("token"), body.getString("access_token"));
        return verified(body.getString("token")).get("access");
    }

    @Test
    void serviceMustBeHarborRegistry() {
        asAdmin().queryParam("service", "other").get(TOKEN).then().statusCode(400)
                .body("errors[0].code", equalTo("BAD_REQUEST"));
        asAdmin().get(TOKEN).then().statusCode(400);
    }

    @Test
    void loginWithoutScopeNeedsGoodCredentials() throws Exception {
        given().queryParam("service", "harbor-registry").get(TOKEN).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("errors[0].code", equalTo("UNAUTHORIZED"));
        from("192.0.2.123").auth().preemptive().basic("admin", "Wrong12345")
                .queryParam("service", "harbor-registry").get(TOKEN).then().statusCode(401);
        JsonPath ok = token(asAdmin());
        JsonNode claims = verified(ok.getString("token"));
        assertEquals("admin", claims.get("sub").asText());
        assertEquals(0, claims.get("access").size());
    }

    @Test
    void tokenCarriesDistributionsClaims() throws Exception {
        JsonPath body = token(asAdmin(), "repository:private/app:pull,push");
        assertEquals(1800, body.getInt("expires_in"));
        Instant issuedAt = Instant.parse(body.getString("issued_at"));
        assertTrue(Math.abs(issuedAt.getEpochSecond() - Instant.now().getEpochSecond()) < 120);
        JsonNode c = verified(body.getString("token"));
        assertEquals("harbor-token-issuer", c.get("iss").asText());
        assertEquals("admin", c.get("sub").asText());
        assertEquals("harbor-registry", c.get("aud").asText());
        assertEquals(1800, c.get("exp").asLong() - c.get("iat").asLong());
        assertTrue(c.get("nbf").asLong() <= c.get("iat").asLong());
        assertTrue(c.get("jti").asText().length() > 8);
        JsonNode a = c.get("access");
        assertEquals(1, a.size());
        assertEquals("repository", a.get(0).get("type").asText());
        assertEquals("private/app", a.get(0).get("name").asText());
        assertEquals(List.of("pull", "push"), List.of(a.get(0).get("actions").get(0).asText(),
                a.get(0).get("actions").get(1).asText()));
    }

    @Test
    void scopesAreNarrowedToWhatIsGranted() throws Exception {
        JsonNode guest = access(token(as("guest-una", "Una12345a"), "repository:library/nginx:pull,push"));
        assertEquals("[\"pull\"]", guest.get(0).get("actions").toString());

        JsonNode dev = access(token(as("dev-tom", "Tom12345a"),
                "repository:library/app:pull,push repository:private/app:pull"));
        assertEquals(2, dev.size());
        assertEquals("[\"pull\",\"push\"]", dev.get(0).get("actions").toString());
        assertEquals("private/app", dev.get(1).get("name").asText());
        assertEquals("[]", dev.get(1).get("actions").toString());

        JsonNode catalogByGuest = access(token(as("guest-una", "Una12345a"), "registry:catalog:*"));
        assertEquals("[]", catalogByGuest.get(0).get("actions").toString());
        JsonNode catalogByAdmin = access(token(asAdmin(), "registry:catalog:*"));
        assertEquals("[\"*\"]", catalogByAdmin.get(0).get("actions").toString());
    }

    @Test
    void repeatedScopesForOneRepositoryAreMerged() throws Exception {
        JsonNode a = access(token(as("dev-tom", "Tom12345a"),
                "repository:library/m:pull", "repository:library/m:push"));
        assertEquals(1, a.size());
        assertEquals("[\"pull\",\"push\"]", a.get(0).get("actions").toString());
    }

    @Test
    void anonymousAndWrongCredentialsGetPublicPullOnly() throws Exception {
        JsonPath anonymous = token(given(), "repository:library/nginx:pull,push");
        assertEquals("[\"pull\"]", access(anonymous).get(0).get("actions").toString());
        assertEquals("", verified(anonymous.getString("token")).get("sub").asText());
        JsonNode question = lastQuestion();
        assertEquals(0, question.get("principal").get("userId").asLong());

        JsonPath wrong = token(from("192.0.2.123").auth().preemptive().basic("dev-tom", "not-Right-1"),
                "repository:library/nginx:pull,push");
        assertEquals("[\"pull\"]", access(wrong).get(0).get("actions").toString());
        assertEquals("", verified(wrong.getString("token")).get("sub").asText());
    }

    /**
     * A burst of requests for one grant costs one signature; access is still asked for every time, and
     * a narrower grant (another user, another scope) gets its own token.
     */
    @Test
    void aTokenJustSignedForTheSameGrantIsHandedOutAgain() throws Exception {
        String first = token(as("dev-tom", "Tom12345a"), "repository:library/burst:pull").getString("token");
        String again = token(as("dev-tom", "Tom12345a"), "repository:library/burst:pull").getString("token");
        assertEquals(first, again);
        assertEquals("library/burst", lastQuestion().get("resources").get(0).get("name").asText());
        assertEquals("[\"pull\"]", access(token(as("dev-tom", "Tom12345a"), "repository:library/burst:pull")).get(0)
                .get("actions").toString());

        String guest = token(as("guest-una", "Una12345a"), "repository:library/burst:pull").getString("token");
        assertNotEquals(first, guest);
        assertEquals("guest-una", verified(guest).get("sub").asText());
        String wider = token(as("dev-tom", "Tom12345a"), "repository:library/burst:pull,push").getString("token");
        assertNotEquals(first, wider);
        String anonymous = token(given(), "repository:library/burst:pull").getString("token");
        assertNotEquals(first, anonymous);
        assertEquals("", verified(anonymous).get("sub").asText());
    }

    @Test
    void askingUiServiceCarriesThePrincipal() throws Exception {
        token(as("dev-tom", "Tom12345a"), "repository:library/q:pull");
        JsonNode question = lastQuestion();
        assertEquals("dev-tom", question.get("principal").get("username").asText());
        assertEquals(false, question.get("principal").get("sysadmin").asBoolean());
        assertEquals("library/q", question.get("resources").get(0).get("name").asText());
    }

    /**
     * docker login and skopeo read a 429 with Retry-After and distribution's TOOMANYREQUESTS code;
     * the owner, logging in from elsewhere, gets a token at once.
     */
    @Test
    void guessingDockerLoginsHoldsBackTheGuesserNeverTheOwner() {
        createUser("tok-brute", "Brute1234");
        String attacker = "203.0.113.30";
        for (int i = 1; i <= 4; i++) {
            from(attacker).auth().preemptive().basic("tok-brute", "Guess1234" + i)
                    .queryParam("service", "harbor-registry").get(TOKEN).then().statusCode(401);
        }
        from(attacker).auth().preemptive().basic("tok-brute", "Brute1234").queryParam("service", "harbor-registry")
                .queryParam("scope", "repository:library/x:pull")
                .get(TOKEN).then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("errors[0].code", equalTo("TOOMANYREQUESTS"))
                .body("errors[0].message", containsString("retry"));
        token(from("198.51.100.40").auth().preemptive().basic("tok-brute", "Brute1234"));
    }

    private JsonNode lastQuestion() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(accessServer + "/last")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(r.body());
    }

}
